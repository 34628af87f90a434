import { normalizeArabic } from './arabic';
import { SELECTOR_RULES, SOURCE_LINE, SOURCE_MAX_WORDS, TEXT_RULES, type TextRule } from './boilerplate';
import { parseDateline } from './dateline';
import { BLOCK_TAGS, MEDIA_SELECTOR, linkDensity, textOf } from './dom';

/** What clean-up took out of the body and kept as data. */
export interface CleanupResult {
  /** The agency named by a source line, without the "المصدر:" label. */
  source: string;
  /** ISO date of a date line found in the body, '' when none. */
  dateline: string;
  /** Ids of the rules that removed something, in the order they fired. */
  fired: string[];
}

interface CompiledRule extends TextRule {
  normPhrases: string[];
  tailWords: Set<string>;
}

const RULES: CompiledRule[] = TEXT_RULES.map((rule) => ({
  ...rule,
  normPhrases: rule.phrases.map(normalizeArabic),
  tailWords: new Set((rule.tail ?? []).flatMap((w) => normalizeArabic(w).split(' '))),
}));

/** Blocks that text rules look at: those holding no other block. */
const CANDIDATE_TAGS = new Set([...BLOCK_TAGS, 'SPAN', 'A', 'STRONG', 'B', 'BUTTON', 'LABEL']);
const MAX_RULE_CHARS = 900;

/** Does `norm` (normalised block text of `words` words) satisfy `rule`? */
function matches(rule: CompiledRule, norm: string, words: string[]): boolean {
  if (words.length > rule.maxWords) return false;
  for (const phrase of rule.normPhrases) {
    if (norm === phrase) return true;
    if (!norm.startsWith(phrase + ' ')) continue;
    if (rule.match === 'lead') return true;
    const rest = norm.slice(phrase.length + 1).split(' ');
    if (rest.every((w) => rule.tailWords.has(w))) return true;
  }
  return false;
}

function isLeafBlock(el: Element): boolean {
  for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) return false;
  return true;
}

function insideQuotation(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (p.tagName === 'BLOCKQUOTE' || p.tagName === 'Q') return true;
  }
  return false;
}

/** True when an element holds no letter, digit or media: "." or "&nbsp;". */
function isEmptyBlock(el: Element): boolean {
  return !/[\p{L}\p{N}]/u.test(el.textContent ?? '') && !el.querySelector(MEDIA_SELECTOR) && !el.matches(MEDIA_SELECTOR);
}

/** Every leaf block of a box other than its label is a link list item or a short line. */
function isBoxOf(container: Element, label: Element): boolean {
  if (container.querySelector('blockquote, figure, img, table')) return false;
  for (const el of container.querySelectorAll('*')) {
    if (el === label || label.contains(el) || el.contains(label)) continue;
    if (!BLOCK_TAGS.has(el.tagName) || !isLeafBlock(el)) continue;
    const words = textOf(el).split(' ').filter(Boolean).length;
    if (words > 12 && linkDensity(el) < 0.5) return false;
  }
  return true;
}

/** Removes a matched label and, for box rules, the box it heads. */
function removeBox(label: Element, root: Element): void {
  let box = label;
  while (box.parentElement && box.parentElement !== root && isBoxOf(box.parentElement, label)) box = box.parentElement;
  if (box === label) {
    // A heading followed by its list: take following siblings made of links.
    for (let next = label.nextElementSibling, n = 0; next && n < 12; n++) {
      const after = next.nextElementSibling;
      const words = textOf(next).split(' ').filter(Boolean).length;
      const linky = words > 0 && linkDensity(next) >= 0.5;
      if (!linky || next.querySelector('blockquote')) break;
      next.remove();
      next = after;
    }
  }
  box.remove();
}

/** Removes the first heading of the body when it repeats the title shown in the header. */
function removeTitleHeading(root: Element, title: string): boolean {
  const normTitle = normalizeArabic(title);
  if (!normTitle) return false;
  const heading = root.querySelector('h1, h2, h3');
  if (!heading || normalizeArabic(heading.textContent ?? '') !== normTitle) return false;
  heading.remove();
  return true;
}

/**
 * Removes Arabic news boilerplate from Readability's output (`root`, in place),
 * following the rules in `boilerplate.ts`. Never removes a quotation.
 */
export function cleanArticle(root: Element, title: string): CleanupResult {
  const result: CleanupResult = { source: '', dateline: '', fired: [] };
  const fire = (id: string) => result.fired.push(id);

  for (const rule of SELECTOR_RULES) {
    const hits = root.querySelectorAll(rule.selector);
    for (const el of hits) if (root.contains(el) && !insideQuotation(el, root) && !el.querySelector('blockquote')) el.remove();
    if (hits.length) fire(rule.id);
  }
  if (removeTitleHeading(root, title)) fire('title-heading');

  const candidates = Array.from(root.querySelectorAll('*')).filter(
    (el) => CANDIDATE_TAGS.has(el.tagName) && isLeafBlock(el),
  );
  for (const el of candidates) {
    if (!root.contains(el) || insideQuotation(el, root)) continue;
    const raw = el.textContent ?? '';
    if (BLOCK_TAGS.has(el.tagName) && isEmptyBlock(el)) {
      el.remove();
      fire('empty');
      continue;
    }
    if (raw.length > MAX_RULE_CHARS) continue;
    const norm = normalizeArabic(raw);
    if (!norm) continue;
    const words = norm.split(' ');

    const source = words.length <= SOURCE_MAX_WORDS ? SOURCE_LINE.exec(raw.replace(/\s+/g, ' ')) : null;
    if (source) {
      result.source ||= source[1].trim();
      el.remove();
      fire('source-line');
      continue;
    }
    const date = words.length <= 16 ? parseDateline(raw) : '';
    if (date) {
      result.dateline ||= date;
      el.remove();
      fire('dateline');
      continue;
    }
    const rule = RULES.find((r) => matches(r, norm, words));
    if (!rule) continue;
    if (rule.scope === 'box') removeBox(el, root);
    else el.remove();
    fire(rule.id);
  }

  // Containers that clean-up left without text or media.
  for (const el of Array.from(root.querySelectorAll('div, section, aside, ul, ol, li, p')).reverse()) {
    if (root.contains(el) && isEmptyBlock(el)) el.remove();
  }
  return result;
}
