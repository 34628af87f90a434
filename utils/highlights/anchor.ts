/**
 * Where a highlight is, told so that it can be found again on a page that
 * changed (the W3C Web Annotation model's selectors): the quoted text with
 * about 32 characters on each side (a TextQuoteSelector) and its offsets in
 * the article's text (a TextPositionSelector) as a hint. Placing it again
 * tries the offsets, then the quote in its context, then the quote folded
 * (fold.ts: a changed diacritic, alef form or digit), then the folded quote
 * within a bounded number of edits. Text in, offsets out.
 */
import { fold, foldsAway, type Folded } from './fold';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchor {
  quote: TextQuote;
  /** Offsets in the article's flat text when the highlight was made. */
  start: number;
  end: number;
}

/** How a highlight was placed again: the first way that found it. */
export type PlacedBy = 'position' | 'quote' | 'folded' | 'fuzzy';

export interface Placement {
  start: number;
  end: number;
  by: PlacedBy;
}

/** Characters of context kept on each side of the quote. */
export const CONTEXT = 32;
/** At most one edit in this many characters of the quote (folded) for a fuzzy match. */
const EDITS_PER = 8;
/** Quotes longer than this (folded) are never matched fuzzily: the cost grows with quote × article. */
const FUZZY_MAX = 600;

/** The anchor of `[start, end)` of `text`. */
export function anchorOf(text: string, start: number, end: number): Anchor {
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
    start,
    end,
  };
}

/** Length of the common end of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the text around `[start, end)` agrees with the context (more is better), the hint's nearness breaking ties. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string, hint: number): number {
  const before = commonSuffix(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const after = commonPrefix(text.slice(end, end + suffix.length), suffix);
  return before + after - Math.min(1, Math.abs(start - hint) / (text.length + 1));
}

/** Every occurrence of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0 && needle; i = hay.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Of `[start, end)` candidates in `text`, the one whose context agrees best. */
function best(cands: Array<[number, number]>, text: string, prefix: string, suffix: string, hint: number): [number, number] | null {
  let top: [number, number] | null = null;
  let score = -Infinity;
  for (const c of cands) {
    const s = contextScore(text, c[0], c[1], prefix, suffix, hint);
    if (s > score) [top, score] = [c, s];
  }
  return top;
}

/**
 * Ends of the substrings of `hay` within `k` edits of `needle`, each with its
 * start and cost (Sellers' approximate matching: a free start anywhere).
 */
function approximate(hay: string, needle: string, k: number): Array<[number, number, number]> {
  const m = needle.length;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let start = new Array<number>(m + 1).fill(0);
  const found: Array<[number, number, number]> = [];
  for (let j = 1; j <= hay.length; j++) {
    const nextCost = [0];
    const nextStart = [j];
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1] + (needle[i - 1] === hay[j - 1] ? 0 : 1);
      const del = cost[i] + 1;
      const ins = nextCost[i - 1] + 1;
      if (sub <= del && sub <= ins) [nextCost[i], nextStart[i]] = [sub, start[i - 1]];
      else if (del <= ins) [nextCost[i], nextStart[i]] = [del, start[i]];
      else [nextCost[i], nextStart[i]] = [ins, nextStart[i - 1]];
    }
    cost = nextCost;
    start = nextStart;
    if (cost[m] <= k) found.push([start[m], j, cost[m]]);
  }
  // Of overlapping ends, the cheapest.
  const kept: Array<[number, number, number]> = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f[0] < last[1]) {
      if (f[2] < last[2]) kept[kept.length - 1] = f;
    } else kept.push(f);
  }
  return kept;
}

/** Folded offsets `[s, e)` back to offsets of the text folded. */
const back = (f: Folded, s: number, e: number): [number, number] => [f.from[s], f.from[e - 1] + 1];

/**
 * Where `anchor` is in `text` now, or null when it cannot be placed (the
 * caller lists it as such, never drops it). `folded` gives `fold(text)`, for
 * a caller placing many anchors in one text (called only when needed).
 */
export function place(text: string, anchor: Anchor, folded?: () => Folded): Placement | null {
  const { exact, prefix, suffix } = anchor.quote;
  if (!exact) return null;
  if (text.slice(anchor.start, anchor.end) === exact) return { start: anchor.start, end: anchor.end, by: 'position' };
  const exactAt = best(
    occurrences(text, exact).map((i) => [i, i + exact.length]),
    text,
    prefix,
    suffix,
    anchor.start,
  );
  if (exactAt) return { start: exactAt[0], end: exactAt[1], by: 'quote' };

  const f = folded ? folded() : fold(text);
  const q = fold(exact).text.trim();
  if (!q) return null;
  const fp = fold(prefix).text;
  const fs = fold(suffix).text;
  // The hint, as an offset of the folded text.
  const hint = f.from.findIndex((o) => o >= anchor.start);
  const foldedAt = best(
    occurrences(f.text, q).map((i) => [i, i + q.length]),
    f.text,
    fp,
    fs,
    hint,
  );
  if (foldedAt) return { ...toPlacement(text, f, foldedAt, exact), by: 'folded' };
  if (q.length > FUZZY_MAX) return null;
  const k = Math.floor(q.length / EDITS_PER);
  if (k < 1) return null;
  const matches = approximate(f.text, q, k);
  const least = Math.min(...matches.map((m) => m[2]));
  const fuzzyAt = best(
    matches.filter((m) => m[2] === least).map((m) => [m[0], m[1]]),
    f.text,
    fp,
    fs,
    hint,
  );
  return fuzzyAt ? { ...toPlacement(text, f, fuzzyAt, exact), by: 'fuzzy' } : null;
}

const MARK = /\p{M}/u;

/** How many characters at the start (or the end) of `s` fold away. */
function foldedAwayAt(s: string, fromEnd: boolean): number {
  let n = 0;
  while (n < s.length && foldsAway(s[fromEnd ? s.length - 1 - n : n])) n++;
  return n;
}

/**
 * A folded match as offsets of `text`: widened over what folding dropped at
 * its ends (the quote's own closing mark, the diacritics on its last letter),
 * as far as the quote had such characters there.
 */
function toPlacement(text: string, f: Folded, [s, e]: [number, number], exact: string): { start: number; end: number } {
  let [start, end] = back(f, s, e);
  for (let lead = foldedAwayAt(exact, false); lead > 0 && start > 0 && foldsAway(text[start - 1]) && !MARK.test(text[start]); lead--) start--;
  for (let trail = foldedAwayAt(exact, true); trail > 0 && end < text.length && foldsAway(text[end]); trail--) end++;
  while (end < text.length && MARK.test(text[end])) end++;
  return { start, end };
}

/** `fold(text)`, computed the first time it is asked for: most highlights are placed before any folding. */
export function lazyFold(text: string): () => Folded {
  let folded: Folded | undefined;
  return () => (folded ??= fold(text));
}
