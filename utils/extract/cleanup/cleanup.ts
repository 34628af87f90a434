import { normalizeArabic } from '../../text/arabic';
import { countTokens } from '../../text/words';
import { HIDDEN_RULE, SELECTOR_RULES, SOURCE_LINE, SOURCE_MAX_WORDS, TEXT_RULES, type SelectorRule, type TextRule } from './boilerplate';
import { parseDateline } from '../../text/dateline';
import { compileSelector } from './selector-match';
import { BLOCK_TAGS, MEDIA_SELECTOR, isLeafBlock, linkDensity, textOf } from '../../dom/blocks';
import { byTags, descendants } from '../../dom/walk';

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
  if (rule.pattern?.test(norm)) return true;
  for (const phrase of rule.normPhrases) {
    if (norm === phrase) return true;
    if (!norm.startsWith(phrase + ' ')) continue;
    if (rule.match === 'lead') return true;
    const rest = norm.slice(phrase.length + 1).split(' ');
    if (rest.every((w) => rule.tailWords.has(w))) return true;
  }
  return false;
}

/**
 * An inline element (a, strong, span…) that is a word of a paragraph's
 * sentence: "<strong>شارك</strong> الآلاف في المسيرة". Only inline elements
 * standing alone (between blocks, or the whole of their block) are labels.
 */
function inlineInSentence(el: Element, root: Element): boolean {
  if (BLOCK_TAGS.has(el.tagName)) return false;
  let block = el.parentElement;
  while (block && block !== root && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block || block === root || !isLeafBlock(block)) return false;
  return textOf(block).length > textOf(el).length;
}

function insideQuotation(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (p.tagName === 'BLOCKQUOTE' || p.tagName === 'Q') return true;
  }
  return false;
}

/** True when an element holds no letter, digit or media: "." or "&nbsp;". */
function isEmptyBlock(el: Element, text = el.textContent ?? ''): boolean {
  return !LETTER.test(text) && !el.querySelector(MEDIA_SELECTOR) && !el.matches(MEDIA_SELECTOR);
}

const LETTER = /[\p{L}\p{N}]/u;
const BOX_BREAKERS = new Set(['BLOCKQUOTE', 'FIGURE', 'IMG', 'TABLE']);

/** Every leaf block of a box other than its label is a link list item or a short line. */
function isBoxOf(container: Element, label: Element): boolean {
  const inside = descendants(container);
  if (inside.some((el) => BOX_BREAKERS.has(el.tagName))) return false;
  for (const el of inside) {
    if (el === label || label.contains(el) || el.contains(label)) continue;
    if (!BLOCK_TAGS.has(el.tagName) || !isLeafBlock(el)) continue;
    const words = textOf(el).split(' ').filter(Boolean).length;
    if (words > 12 && linkDensity(el) < 0.5) return false;
  }
  return true;
}

/** Removes an element, remembering its parent for the final sweep of emptied containers. */
type Drop = (el: Element) => void;

/** Removes a matched label and, for box rules, the box it heads. */
function removeBox(label: Element, root: Element, drop: Drop): void {
  let box = label;
  while (box.parentElement && box.parentElement !== root && isBoxOf(box.parentElement, label)) box = box.parentElement;
  if (box === label) {
    // A heading followed by its list: take following siblings made of links.
    for (let next = label.nextElementSibling, n = 0; next && n < 12; n++) {
      const after = next.nextElementSibling;
      const words = textOf(next).split(' ').filter(Boolean).length;
      const linky = words > 0 && linkDensity(next) >= 0.5;
      if (!linky || next.querySelector('blockquote')) break;
      drop(next);
      next = after;
    }
  }
  drop(box);
}

/** Removes the first heading of the body when it repeats the title shown in the header. */
function removeTitleHeading(root: Element, title: string, drop: Drop): boolean {
  const normTitle = normalizeArabic(title);
  if (!normTitle) return false;
  const heading = byTags(root, 'H1', 'H2', 'H3')[0];
  if (!heading || normalizeArabic(heading.textContent ?? '') !== normTitle) return false;
  drop(heading);
  return true;
}

/**
 * Removes the byline when the body repeats it: at the top ("Author, name /
 * Role, editor") or at the end in an author box (name and a short bio),
 * with the short box holding it. The header shows the byline.
 */
function removeBylineBlock(root: Element, byline: string, leaves: Element[], drop: Drop): boolean {
  const name = normalizeArabic(byline);
  if (!name) return false;
  const blocks = leaves.filter((el) => BYLINE_TAGS.has(el.tagName));
  const near = [...blocks.slice(0, 6), ...blocks.slice(-6)];
  const hit = near.find((el) => {
    const text = normalizeArabic(el.textContent ?? '');
    return text.includes(name) && text.split(' ').length <= 12;
  });
  if (!hit) return false;
  let box: Element = hit;
  const words = (el: Element) => textOf(el).split(' ').filter(Boolean).length;
  while (box.parentElement && box.parentElement !== root && words(box.parentElement) <= 40 && !box.parentElement.querySelector('blockquote, img, figure')) {
    box = box.parentElement;
  }
  drop(box);
  return true;
}

const BYLINE_TAGS = new Set(['P', 'LI', 'DIV', 'SPAN', 'ADDRESS', 'H3', 'H4', 'H5', 'H6']);

/**
 * Removes lists of nothing but short links at the very end of the body: tag
 * and topic lists whose heading Readability already took (BBC Arabic's
 * "مواضيع ذات صلة" topic list, WordPress tag clouds).
 */
function removeTrailingLinkLists(root: Element, all: Element[], drop: Drop): boolean {
  let removed = false;
  for (;;) {
    const last = lastBlock(root, all);
    const list = last?.closest('ul, ol');
    if (!list || !root.contains(list) || list === root) return removed;
    const items = Array.from(list.querySelectorAll('li'));
    const allLinks = items.length > 0 && items.every((li) => textOf(li).split(' ').length <= 12 && linkDensity(li) >= 0.9);
    if (!allLinks) return removed;
    drop(list);
    removed = true;
  }
}

/** The last leaf block holding text or media (`all`: the body's elements in order, some since removed). */
function lastBlock(root: Element, all: Element[]): Element | null {
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (BLOCK_TAGS.has(el.tagName) && isLeafBlock(el) && !isEmptyBlock(el) && root.contains(el)) return el;
  }
  return null;
}

export interface CleanupContext {
  /** The article's title: a body heading repeating it goes. */
  title: string;
  /** The article's byline: a short body block repeating it goes. */
  byline?: string;
}

/** Each selector rule as a direct test of an element (see selector-match.ts). */
const SELECTOR_TESTS = SELECTOR_RULES.map((rule) => ({ rule, test: compileSelector(rule.selector) }));
const HIDDEN_TEST = compileSelector(HIDDEN_RULE.selector);
/** First words of every phrase: a block starting with none of them meets no phrase rule. */
const FIRST_WORDS = new Set(RULES.flatMap((r) => r.normPhrases.map((p) => p.split(' ')[0])));
const PATTERN_RULES = RULES.filter((r) => r.pattern);
/** Longest source line, date line or pattern-rule block, in words; longer blocks need a phrase's first word. */
const SHORT_BLOCK_WORDS = Math.max(SOURCE_MAX_WORDS, 16, ...PATTERN_RULES.map((r) => r.maxWords));

/** Containers swept when clean-up leaves them without text or media. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'LI', 'P', 'HEADER', 'FOOTER', 'FIGURE']);

/**
 * Removes Arabic news boilerplate from Readability's output (`root`, in place),
 * following the rules in `boilerplate.ts`. Never removes a quotation. One pass
 * over the body's blocks; text is normalised only for short blocks.
 */
export function cleanArticle(root: Element, { title, byline = '' }: CleanupContext): CleanupResult {
  const result: CleanupResult = { source: '', dateline: '', fired: [] };
  const fire = (id: string) => {
    if (!result.fired.includes(id)) result.fired.push(id);
  };
  const emptied = new Set<Element>();
  const drop: Drop = (el) => {
    const parent = el.parentElement;
    el.remove();
    if (parent) emptied.add(parent);
  };
  const applySelector = (hits: Iterable<Element>, ruleOf: (el: Element) => SelectorRule | undefined) => {
    for (const el of hits) {
      if (!root.contains(el) || insideQuotation(el, root) || el.querySelector('blockquote')) continue;
      const rule = ruleOf(el);
      drop(el);
      if (rule) fire(rule.id);
    }
  };

  const all = descendants(root);
  // Only elements with an id or a class, or attributes at all, can match a selector rule.
  const marked = all.filter((el) => el.attributes.length > 0);
  const ruleOf = (el: Element) => SELECTOR_TESTS.find((s) => s.test(el))?.rule;
  applySelector(
    marked.filter((el) => ruleOf(el)),
    ruleOf,
  );
  if (removeTitleHeading(root, title, drop)) fire('title-heading');
  const leaves = all.filter((el) => CANDIDATE_TAGS.has(el.tagName) && isLeafBlock(el) && !inlineInSentence(el, root));
  if (removeBylineBlock(root, byline, leaves, drop)) fire('byline-block');

  for (const el of leaves) {
    const raw = el.textContent ?? '';
    if (raw.length > MAX_RULE_CHARS || !root.contains(el) || insideQuotation(el, root)) continue;
    if (BLOCK_TAGS.has(el.tagName) && isEmptyBlock(el, raw)) {
      drop(el);
      fire('empty');
      continue;
    }
    // Most blocks are article sentences: longer than any source or date line,
    // and starting with no rule's first word. Tell them from their first words.
    if (countTokens(raw, SHORT_BLOCK_WORDS) > SHORT_BLOCK_WORDS && !FIRST_WORDS.has(normalizeArabic(raw.slice(0, 40)).split(' ')[0])) continue;
    const norm = normalizeArabic(raw);
    if (!norm) continue;
    const words = norm.split(' ');

    const source = words.length <= SOURCE_MAX_WORDS ? SOURCE_LINE.exec(raw.replace(/\s+/g, ' ')) : null;
    if (source) {
      result.source ||= source[1].trim();
      drop(el);
      fire('source-line');
      continue;
    }
    const date = words.length <= 16 ? parseDateline(raw) : '';
    if (date) {
      result.dateline ||= date;
      drop(el);
      fire('dateline');
      continue;
    }
    const candidates = FIRST_WORDS.has(words[0]) ? RULES : PATTERN_RULES;
    const rule = candidates.find((r) => matches(r, norm, words));
    if (!rule) continue;
    if (rule.scope === 'box') removeBox(el, root, drop);
    else drop(el);
    fire(rule.id);
  }

  applySelector(
    marked.filter((el) => HIDDEN_TEST(el)),
    () => HIDDEN_RULE,
  );
  if (removeTrailingLinkLists(root, all, drop)) fire('trailing-links');

  // Containers that clean-up left without text or media, up the tree.
  for (let el of emptied) {
    while (el !== root && root.contains(el) && CONTAINERS.has(el.tagName) && isEmptyBlock(el)) {
      const parent = el.parentElement!;
      el.remove();
      el = parent;
    }
  }
  return result;
}
