/**
 * The one way clean-up takes something out of the article: it never takes a
 * quotation, never a block the page's own structured data says is the
 * article's text, and it reports every removal (the rule's name and the
 * text), so that tests and the evaluation can show why a line went.
 */
import { isLeafBlock, linkDensity, textOf } from '../../dom/blocks';
import { descendants, hasDescendant } from '../../dom/walk';
import { normalizeArabic } from '../../text/arabic';
import { isRunningText } from '../../text/prose';

/** One removal: the rule that made it and the start of the text it took. */
export interface Removed {
  rule: string;
  text: string;
}

export interface Remover {
  readonly root: Element;
  /**
   * Takes `el` out for `rule`; false (and nothing done) when `el` is protected
   * or already gone. `chosen`: the user's own choice (a site rule), which no
   * guess of ours overrules, so protection does not apply.
   */
  remove(el: Element, rule: string, chosen?: boolean): boolean;
  /** Whether `el` would be protected from removal. */
  isProtected(el: Element): boolean;
  /** Every removal so far, in order. */
  readonly removed: Removed[];
  /** Parents that lost a child, for the final sweep of emptied containers. */
  readonly emptied: Set<Element>;
  /** Where each removal happened: its rule, the parent it left and the element that stood before it. */
  readonly trail: Array<{ rule: string; parent: Element | null; before: Element | null }>;
}

/** Blocks shorter than this are never matched against the page's articleBody (too common to tell). */
const MIN_EVIDENCE_CHARS = 25;
const REPORT_CHARS = 120;

/** True when `el` is in, or is, a quotation element (never removed). */
export function insideQuotation(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (p.tagName === 'BLOCKQUOTE' || p.tagName === 'Q') return true;
  }
  return false;
}

/**
 * A remover for the article `root`. `articleBody`, the page's own JSON-LD
 * text of the article (normalised) when it has one, protects every paragraph
 * (block of running text) found in it: a paragraph the site itself calls the article
 * stays whatever a rule thinks of it. Links are no evidence: a teaser's
 * headline can stand in a body that quotes it.
 */
export function makeRemover(root: Element, articleBody = ''): Remover {
  const removed: Removed[] = [];
  const emptied = new Set<Element>();
  const trail: Remover['trail'] = [];
  // Paragraphs only: a headline or a label printed again is in articleBody too.
  const inBody = (block: Element) => {
    const text = textOf(block);
    if (text.length < MIN_EVIDENCE_CHARS || !isRunningText(text) || linkDensity(block) >= 0.5) return false;
    return articleBody.includes(normalizeArabic(text));
  };
  const isProtected = (el: Element) => {
    if (insideQuotation(el, root) || hasDescendant(el, 'blockquote')) return true;
    if (!articleBody) return false;
    if (isLeafBlock(el)) return inBody(el);
    return descendants(el, isLeafBlock).some(inBody);
  };
  return {
    root,
    removed,
    emptied,
    trail,
    isProtected,
    remove(el, rule, chosen = false) {
      if (el === root || !root.contains(el) || (!chosen && isProtected(el))) return false;
      const parent = el.parentElement;
      trail.push({ rule, parent, before: el.previousElementSibling });
      removed.push({ rule, text: textOf(el).slice(0, REPORT_CHARS) });
      el.remove();
      if (parent) emptied.add(parent);
      return true;
    },
  };
}
