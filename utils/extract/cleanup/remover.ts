/**
 * The one way clean-up takes something out of the article: it never takes a
 * quotation, never a block the page's own structured data says is the
 * article's text, and it reports every removal (the rule's name and the
 * text), so that tests and the evaluation can show why a line went.
 *
 * Being the one way, it also knows what is still there: the rules read the
 * body's elements from one walk made at the start, less what went (instead
 * of a walk of their own each), and each element's text once (`text`), its
 * ancestors' forgotten when something below them goes. Clean-up changes the
 * tree in no other way, so both answer what a fresh walk or read would.
 */
import { isLeafBlock, linkDensity, textOf, type TreeReads } from '../../dom/blocks';
import { descendants, firstDescendant } from '../../dom/walk';
import { normalizeArabic } from '../../text/arabic';
import { isRunningText } from '../../text/prose';

/** One removal: the rule that made it and the start of the text it took. */
export interface Removed {
  rule: string;
  text: string;
}

export interface Remover extends TreeReads {
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
  /** `textOf(node)`, read once per node while nothing below it goes. */
  text(node: Node): string;
  /** The elements under the root still there, in document order, those passing `keep`: what `descendants(root, keep)` finds. */
  elements(keep?: (el: Element) => boolean): Element[];
  /** `root.contains(el)`. */
  has(el: Node): boolean;
}

/** Blocks shorter than this are never matched against the page's articleBody (too common to tell). */
const MIN_EVIDENCE_CHARS = 25;
const REPORT_CHARS = 120;
/** Characters of text the remover keeps read at most (see `text`). */
const MAX_CACHED_CHARS = 4_000_000;

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
  const texts = new Map<Node, string>();
  let cachedChars = 0;
  const text = (node: Node) => {
    let t = texts.get(node);
    if (t === undefined) {
      t = textOf(node);
      // A bound on what the cache holds: on a page nested thousands of levels deep every level holds the text below it.
      if (cachedChars < MAX_CACHED_CHARS) {
        texts.set(node, t);
        cachedChars += t.length;
      }
    }
    return t;
  };
  // The walk, made at the first question: `end[i]` is one past the last element under `all[i]`.
  let all: Element[] | null = null;
  let index: Map<Element, number>;
  let end: Int32Array;
  let gone: Uint8Array;
  const snapshot = () => {
    all = descendants(root);
    index = new Map(all.map((el, i) => [el, i]));
    end = new Int32Array(all.length);
    gone = new Uint8Array(all.length);
    for (let i = all.length - 1; i >= 0; i--) {
      end[i] = Math.max(end[i], i + 1);
      const p = all[i].parentElement;
      const pi = p && p !== root ? index.get(p) : undefined;
      if (pi !== undefined) end[pi] = Math.max(end[pi], end[i]);
    }
    return all;
  };
  const pick = (from: number, to: number, keep?: (el: Element) => boolean) => {
    const out: Element[] = [];
    for (let i = from; i < to; i++) if (!gone[i] && (!keep || keep(all![i]))) out.push(all![i]);
    return out;
  };
  const has = (el: Node) => {
    const i = all && el.nodeType === 1 ? index.get(el as Element) : undefined;
    return i === undefined ? root.contains(el) : !gone[i];
  };
  const within = (el: Element, keep?: (el: Element) => boolean) => {
    if (!all) snapshot();
    const i = index.get(el);
    return i === undefined || gone[i] ? descendants(el, keep) : pick(i + 1, end[i], keep);
  };
  const holds = (el: Element, keep: (el: Element) => boolean) => {
    if (!all) snapshot();
    const i = index.get(el);
    if (i === undefined || gone[i]) return firstDescendant(el, keep) !== null;
    for (let j = i + 1; j < end[i]; j++) if (!gone[j] && keep(all![j])) return true;
    return false;
  };
  const reads: TreeReads = { text, within, holds };
  // Paragraphs only: a headline or a label printed again is in articleBody too.
  const inBody = (block: Element) => {
    const t = text(block);
    if (t.length < MIN_EVIDENCE_CHARS || !isRunningText(t) || linkDensity(block, undefined, reads) >= 0.5) return false;
    return articleBody.includes(normalizeArabic(t));
  };
  const isProtected = (el: Element) => {
    if (insideQuotation(el, root) || holds(el, (d) => d.localName === 'blockquote')) return true;
    if (!articleBody) return false;
    if (isLeafBlock(el)) return inBody(el);
    return within(el, isLeafBlock).some(inBody);
  };
  return {
    root,
    removed,
    emptied,
    trail,
    isProtected,
    text,
    has,
    within,
    holds,
    elements: (keep) => (all ? pick(0, all.length, keep) : keep ? snapshot().filter(keep) : snapshot().slice()),
    remove(el, rule, chosen = false) {
      if (el === root || !has(el) || (!chosen && isProtected(el))) return false;
      const parent = el.parentElement;
      trail.push({ rule, parent, before: el.previousElementSibling });
      removed.push({ rule, text: text(el).slice(0, REPORT_CHARS) });
      el.remove();
      if (parent) emptied.add(parent);
      for (let p = parent; p; p = p.parentElement) texts.delete(p);
      const i = all ? index.get(el) : undefined;
      if (i !== undefined) gone.fill(1, i, end[i]);
      return true;
    },
  };
}
