import { BLOCK_TAGS, isLeafBlock } from '../../dom/blocks';
import { descendants } from '../../dom/walk';
import { normalizeArabic } from '../../text/arabic';
import { parseDateline } from '../../text/dateline';
import { countTokens } from '../../text/words';
import { HIDDEN_RULE, SELECTOR_RULES, SOURCE_LINE, SOURCE_MAX_WORDS, type SelectorRule } from './boilerplate';
import { compileSelector } from './selector-match';
import {
  inlineInSentence, insideQuotation, isEmptyBlock, removeBox, removeBylineBlock, removeTitleHeading, removeTrailingLinkLists, type Drop,
} from './structure';
import { SHORT_BLOCK_WORDS, opensLikeRule, textRuleFor } from './text-rules';

/** What clean-up took out of the body and kept as data. */
export interface CleanupResult {
  /** The agency named by a source line, without the "المصدر:" label. */
  source: string;
  /** ISO date of a date line found in the body, '' when none. */
  dateline: string;
  /** Ids of the rules that removed something, in the order they fired. */
  fired: string[];
}

/** Blocks that text rules look at: those holding no other block. */
const CANDIDATE_TAGS = new Set([...BLOCK_TAGS, 'SPAN', 'A', 'STRONG', 'B', 'BUTTON', 'LABEL']);
const MAX_RULE_CHARS = 900;

export interface CleanupContext {
  /** The article's title: a body heading repeating it goes. */
  title: string;
  /** The article's byline: a short body block repeating it goes. */
  byline?: string;
}

/** Each selector rule as a direct test of an element (see selector-match.ts). */
const SELECTOR_TESTS = SELECTOR_RULES.map((rule) => ({ rule, test: compileSelector(rule.selector) }));
const HIDDEN_TEST = compileSelector(HIDDEN_RULE.selector);
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
    if (countTokens(raw, SHORT_BLOCK_WORDS) > SHORT_BLOCK_WORDS && !opensLikeRule(normalizeArabic(raw.slice(0, 40)).split(' ')[0])) continue;
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
    const rule = textRuleFor(norm, words);
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
