/**
 * Arabic-aware search over the library: titles and text, folded the way
 * Arabic is written interchangeably (normalizeArabic: أ إ آ ٱ → ا, ة → ه,
 * ى → ي, Persian ی ک → ي ك, diacritics and tatweel dropped) and with the
 * clitics taken off each word (stripClitics: و ف ب ل ك, ال, لل). Each saved
 * article carries its index, the set of its words so folded: a query is
 * folded the same way and looked up, no text is scanned at search time.
 */
import { normalizeArabic, stripClitics } from '../text/arabic';

/** An article's words, folded and without clitics, each once. */
export interface SearchIndex {
  title: string[];
  body: string[];
}

/** A run of letters, marks and digits (tatweel included): what a word is here. */
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

/** The folded stem of one word as written. */
export function stemOf(word: string): string {
  return stripClitics(normalizeArabic(word).replace(/\s+/g, ''));
}

/** The folded stems of `text`, in order, each once. */
export function stemsOf(text: string): string[] {
  const stems = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const stem = stemOf(m[0]);
    if (stem) stems.add(stem);
  }
  return [...stems];
}

/** The index of an article with this title and text. */
export function indexOf(title: string, text: string): SearchIndex {
  return { title: stemsOf(title), body: stemsOf(text) };
}

/** Points for a term found: in the title above the body, a whole word above a part of one. */
const POINTS = { titleWord: 8, titlePart: 4, bodyWord: 2, bodyPart: 1 } as const;

/** A query term shorter than this matches whole words only (one letter would be inside every word). */
const MIN_PART = 2;

interface Lookup {
  title: Set<string>;
  body: Set<string>;
  index: SearchIndex;
}
const lookups = new WeakMap<SearchIndex, Lookup>();
function lookupOf(index: SearchIndex): Lookup {
  let l = lookups.get(index);
  if (!l) lookups.set(index, (l = { title: new Set(index.title), body: new Set(index.body), index }));
  return l;
}

const hasPart = (stems: readonly string[], term: string) => term.length >= MIN_PART && stems.some((s) => s.length > term.length && s.includes(term));

/** A term's points in one article (0: not there). */
function pointsFor(l: Lookup, term: string): number {
  if (l.title.has(term)) return POINTS.titleWord;
  if (hasPart(l.index.title, term)) return POINTS.titlePart;
  if (l.body.has(term)) return POINTS.bodyWord;
  if (hasPart(l.index.body, term)) return POINTS.bodyPart;
  return 0;
}

export interface Ranked<T> {
  item: T;
  /** How many of the query's terms it holds. */
  matched: number;
  score: number;
}

/**
 * The items holding at least one of the query's terms, best first: more
 * terms matched first, then more points (title above body, whole words
 * above parts), then the order given (newest first in the library).
 */
export function search<T extends { index: SearchIndex }>(query: string, items: readonly T[]): Ranked<T>[] {
  const terms = stemsOf(query);
  if (!terms.length) return [];
  const ranked: Array<Ranked<T> & { order: number }> = [];
  items.forEach((item, order) => {
    const l = lookupOf(item.index);
    let matched = 0;
    let score = 0;
    for (const term of terms) {
      const p = pointsFor(l, term);
      if (p) {
        matched++;
        score += p;
      }
    }
    if (matched) ranked.push({ item, matched, score, order });
  });
  ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || a.order - b.order);
  return ranked.map(({ item, matched, score }) => ({ item, matched, score }));
}

/** A piece of text to show, marked when it is a match. */
export interface Segment {
  text: string;
  match: boolean;
}

/** True when the word `stem` is a match for one of `terms`, whole or in part. */
const matches = (stem: string, terms: readonly string[]) => terms.some((t) => stem === t || (t.length >= MIN_PART && stem.includes(t)));

/** `text` cut into segments, each word that matches the query marked (the title of a result). */
export function markMatches(text: string, query: string): Segment[] {
  return segments(text, 0, text.length, stemsOf(query));
}

/**
 * A snippet of `text` around its first match of the query, about `width`
 * characters, cut at word ends, with "…" where it was cut, its matches
 * marked; the start of the text when nothing matches.
 */
export function snippet(text: string, query: string, width = 160): Segment[] {
  const terms = stemsOf(query);
  let first = -1;
  for (const m of text.matchAll(WORD)) {
    if (terms.length && matches(stemOf(m[0]), terms)) {
      first = m.index!;
      break;
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  // Cut at spaces, never inside a word.
  if (start > 0) start = nextSpace(text, start);
  if (end < text.length) end = Math.max(start, text.lastIndexOf(' ', end));
  const parts = segments(text, start, end, terms);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return parts;
}

function nextSpace(text: string, from: number): number {
  const i = text.indexOf(' ', from);
  return i < 0 ? from : i + 1;
}

function segments(text: string, start: number, end: number, terms: readonly string[]): Segment[] {
  const piece = text.slice(start, end).replace(/\s+/g, ' ');
  const out: Segment[] = [];
  let at = 0;
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last && last.match === match) last.text += s;
    else out.push({ text: s, match });
  };
  for (const m of piece.matchAll(WORD)) {
    if (!terms.length || !matches(stemOf(m[0]), terms)) continue;
    push(piece.slice(at, m.index), false);
    push(m[0], true);
    at = m.index! + m[0].length;
  }
  push(piece.slice(at), false);
  return out;
}
