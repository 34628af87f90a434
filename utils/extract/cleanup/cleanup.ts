import { BLOCK_TAGS, isLeafBlock } from '../../dom/blocks';
import { normalizeArabic } from '../../text/arabic';
import { parseDateline } from '../../text/dateline';
import { countTokens } from '../../text/words';
import { HIDDEN_RULE, SELECTOR_RULES, SOURCE_LINE, SOURCE_MAX_WORDS, type SelectorRule } from './boilerplate';
import { removeEdgeMetadata } from './edges';
import { removeSkippedEmbeds } from './embeds';
import { decodeShownText } from './entities';
import { removeFormBoxes } from './form-boxes';
import { removeAbsentFromArticleBody } from './evidence';
import { removeOrphanLabels } from './labels';
import { makeRemover, type Removed, type Remover } from './remover';
import { removeImageLines, removeRepeats } from './repeats';
import { compileSelector } from './selector-match';
import { applyRemoveRules } from '../../sites/apply';
import type { SiteRule } from '../../sites/rules';
import { inlineInSentence, isEmptyBlock, removeBox, removeBylineBlock, removeTitleHeading, removeTrailingLinkLists } from './structure';
import { removeLinkLists, removeMarkedTeasers, removeShareBars, removeTeasers } from './teasers';
import { SHORT_BLOCK_WORDS, opensLikeRule, textRuleFor } from './text-rules';

/** What clean-up took out of the body and kept as data. */
export interface CleanupResult {
  /** The agency named by a source line, without the "المصدر:" label. */
  source: string;
  /** ISO date of a date line found in the body, '' when none. */
  dateline: string;
  /** Ids of the rules that removed something, in the order they first fired. */
  fired: string[];
  /** Every removal: the rule's id and the start of the text it took. */
  removed: Removed[];
  /** Ids of the user's site rules that removed something. */
  siteRules: string[];
}

/** Blocks that text rules look at: those holding no other block. */
const CANDIDATE_TAGS = new Set([...BLOCK_TAGS, 'SPAN', 'A', 'STRONG', 'B', 'BUTTON', 'LABEL']);
const MAX_RULE_CHARS = 900;

export interface CleanupContext {
  /** The article's title: a body heading repeating it goes. */
  title: string;
  /** The article's byline: a short body block repeating it goes. */
  byline?: string;
  /** The document's address: tells links to the same site from links elsewhere. */
  url?: string;
  /** The page's own JSON-LD text of the article, when it has one (evidence; see remover.ts, evidence.ts). */
  articleBody?: string;
  /** The page's descriptions (meta, Open Graph, JSON-LD): a standfirst printed twice loses its copy. */
  descriptions?: string[];
  /**
   * Whether the structural rules run (teasers, link lists, share bars, edge
   * metadata, repeats, image lines). They are written and tested on
   * right-to-left news; left-to-right pages keep Readability's output but
   * for the phrase and selector rules.
   */
  structural?: boolean;
  /** Classes the page's stylesheets hide (extract/hidden-classes.ts): what the page does not show goes. */
  hiddenClasses?: Set<string>;
  /** The user's rules for this site (utils/sites/): their removals come first and are reported as `site-rule`. */
  siteRules?: readonly SiteRule[];
}

/** Each selector rule as a direct test of an element (see selector-match.ts). */
const SELECTOR_TESTS = SELECTOR_RULES.map((rule) => ({ rule, test: compileSelector(rule.selector) }));
const HIDDEN_TEST = compileSelector(HIDDEN_RULE.selector);
/** A hidden element with more text than this is a collapsed part of the article ("read more"), not clutter. */
const MAX_HIDDEN_CHARS = 200;

/** An element's class names as its `classList` holds them: the attribute split on ASCII white space (no DOMTokenList, costly in jsdom). */
const classNames = (el: Element) => (el.getAttribute('class') ?? '').split(/[\t\n\f\r ]+/);

/** Removes the short elements that a class of the page's own stylesheets hides. */
function removeCssHidden(rm: Remover, marked: Element[], hidden: Set<string>): void {
  for (const el of marked) {
    if (!classNames(el).some((c) => hidden.has(c))) continue;
    if (rm.text(el).length <= MAX_HIDDEN_CHARS) rm.remove(el, 'css-hidden');
  }
}

/** Containers swept when clean-up leaves them without text or media. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'LI', 'P', 'HEADER', 'FOOTER', 'FIGURE']);

/**
 * Removes news boilerplate from Readability's output (`root`, in place): the
 * phrase and selector rules of `boilerplate.ts`, then the structural rules
 * (teasers and link lists, share bars, labels left alone, edge metadata,
 * repeats of the header, image credits), with the page's `articleBody` as
 * evidence. Never removes a quotation.
 */
export function cleanArticle(root: Element, context: CleanupContext): CleanupResult {
  const { title, byline = '', url = '', articleBody = '', descriptions = [], structural = true, hiddenClasses, siteRules = [] } = context;
  const result: CleanupResult = { source: '', dateline: '', fired: [], removed: [], siteRules: [] };
  const rm = makeRemover(root, normalizeArabic(articleBody));
  // The user's word first: what they took out is gone before any rule of ours looks.
  if (siteRules.length) result.siteRules = applyRemoveRules(root, siteRules, (el) => rm.remove(el, 'site-rule', true));
  const applySelector = (hits: Iterable<Element>, ruleOf: (el: Element) => SelectorRule | undefined) => {
    for (const el of hits) rm.remove(el, ruleOf(el)?.id ?? 'selector');
  };

  if (decodeShownText(root)) result.fired.push('shown-entities');
  // The body's elements, from the remover's one walk (it knows what goes).
  const all = rm.elements();
  // Only elements with an id or a class, or attributes at all, can match a selector rule.
  const marked = all.filter((el) => el.hasAttributes());
  const ruleOf = (el: Element) => SELECTOR_TESTS.find((s) => s.test(el))?.rule;
  applySelector(
    marked.filter((el) => ruleOf(el)),
    ruleOf,
  );
  // Before screen-reader labels go: a skip link marks an embed, BBC's hidden "Image source, " a credit.
  if (structural) {
    removeSkippedEmbeds(rm);
    removeImageLines(rm, title);
  }
  removeTitleHeading(root, title, (el) => rm.remove(el, 'title-heading'));
  if (structural) removeRepeats(rm, title, descriptions);
  const leaves = all.filter((el) => CANDIDATE_TAGS.has(el.tagName) && isLeafBlock(el) && !inlineInSentence(el, root, rm.text));
  removeBylineBlock(root, byline, leaves, (el) => rm.remove(el, 'byline-block'));

  for (const el of leaves) {
    const raw = el.textContent ?? '';
    if (raw.length > MAX_RULE_CHARS || !rm.has(el)) continue;
    const empty = BLOCK_TAGS.has(el.tagName) && isEmptyBlock(el, raw);
    // Most blocks are article sentences: longer than any source or date line,
    // and starting with no rule's first word. Tell them from their first
    // words, before asking whether they are protected: protected or not, no rule takes them.
    if (!empty && countTokens(raw, SHORT_BLOCK_WORDS) > SHORT_BLOCK_WORDS && !opensLikeRule(normalizeArabic(raw.slice(0, 40)).split(' ')[0])) continue;
    if (rm.isProtected(el)) continue;
    if (empty) {
      rm.remove(el, 'empty');
      continue;
    }
    const norm = normalizeArabic(raw);
    if (!norm) continue;
    const words = norm.split(' ');

    const source = words.length <= SOURCE_MAX_WORDS ? SOURCE_LINE.exec(raw.replace(/\s+/g, ' ')) : null;
    if (source) {
      result.source ||= source[1].trim();
      rm.remove(el, 'source-line');
      continue;
    }
    const date = words.length <= 16 ? parseDateline(raw) : '';
    if (date) {
      result.dateline ||= date;
      rm.remove(el, 'dateline');
      continue;
    }
    const rule = textRuleFor(norm, words);
    if (!rule) continue;
    if (rule.scope === 'box') removeBox(el, root, (box) => rm.remove(box, rule.id), rm);
    else rm.remove(el, rule.id);
  }

  applySelector(
    marked.filter((el) => HIDDEN_TEST(el)),
    () => HIDDEN_RULE,
  );
  if (hiddenClasses?.size) removeCssHidden(rm, marked, hiddenClasses);
  if (structural) {
    removeFormBoxes(rm);
    removeShareBars(rm, url);
    removeMarkedTeasers(rm);
    removeTeasers(rm, url);
    removeLinkLists(rm, url);
    removeOrphanLabels(rm);
  }
  removeTrailingLinkLists(root, all, (el) => rm.remove(el, 'trailing-links'));
  if (structural) {
    removeAbsentFromArticleBody(rm, normalizeArabic(articleBody));
    removeEdgeMetadata(rm, url);
    removeOrphanLabels(rm);
  }

  // Containers that clean-up left without text or media, up the tree.
  for (let el of rm.emptied) {
    while (el !== root && root.contains(el) && CONTAINERS.has(el.tagName) && isEmptyBlock(el)) {
      const parent = el.parentElement!;
      el.remove();
      el = parent;
    }
  }
  result.removed = rm.removed;
  for (const { rule } of rm.removed) if (!result.fired.includes(rule)) result.fired.push(rule);
  return result;
}
