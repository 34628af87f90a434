/**
 * Arabic-aware search over the library: titles and text, folded the way
 * Arabic is written interchangeably (normalizeArabic: أ إ آ ٱ → ا, ة → ه,
 * ى → ي, Persian ی ک → ي ك, diacritics and tatweel dropped) and with the
 * clitics taken off each word (stripClitics: و ف ب ل ك, ال, لل). Each saved
 * article carries its index, the set of its words so folded; the stems
 * without clitics are derived from it once per session. A query is folded
 * the same way and looked up: no text is scanned at search time.
 */
import { normalizeArabic, stripClitics } from '../text/arabic';

/** An article's words, folded (normalizeArabic), each once. */
export interface SearchIndex {
  title: string[];
  body: string[];
}

/** A run of letters, marks and digits (tatweel included): what a word is here. */
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

/** One word as written, folded. */
export function foldedOf(word: string): string {
  return normalizeArabic(word).replace(/\s+/g, '');
}

/** The folded stem of one word as written: folded, its clitics taken off. */
export function stemOf(word: string): string {
  return stripClitics(foldedOf(word));
}

/** The folded words of `text`, in order, each once. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = foldedOf(m[0]);
    if (w) words.add(w);
  }
  return [...words];
}

/** The index of an article with this title and text. */
export function indexOf(title: string, text: string): SearchIndex {
  return { title: wordsOf(title), body: wordsOf(text) };
}

/** A query term: the word folded, and its stem. */
interface Term {
  word: string;
  stem: string;
}
const termsOf = (query: string): Term[] => wordsOf(query).map((word) => ({ word, stem: stripClitics(word) }));

/** Points for a term found: in the title above the body, a whole word above a part of one. */
const POINTS = { titleWord: 8, titlePart: 4, bodyWord: 2, bodyPart: 1 } as const;

/** A query term shorter than this matches whole words only (one letter would be inside every word). */
const MIN_PART = 2;

/** The words of one field and their stems, as sets. */
interface Field {
  words: readonly string[];
  exact: Set<string>;
  stems: Set<string>;
}
const fieldOf = (words: readonly string[]): Field => ({ words, exact: new Set(words), stems: new Set(words.map(stripClitics)) });
const lookups = new WeakMap<SearchIndex, { title: Field; body: Field }>();
function lookupOf(index: SearchIndex) {
  let l = lookups.get(index);
  if (!l) lookups.set(index, (l = { title: fieldOf(index.title), body: fieldOf(index.body) }));
  return l;
}

/**
 * The term is a word of the field: as written (folded), the same stem under
 * other clitics, or the word itself under a clitic (لبوتين: بوتين, whose
 * own ب is no clitic but is stripped all the same).
 */
const hasWord = (f: Field, t: Term) => f.exact.has(t.word) || f.stems.has(t.stem) || f.exact.has(t.stem);
/** The term is inside a longer word of the field. */
const hasPart = (f: Field, t: Term) => t.word.length >= MIN_PART && f.words.some((w) => w.length > t.word.length && w.includes(t.word));

/** A term's points in one article (0: not there). */
function pointsFor(l: { title: Field; body: Field }, term: Term): number {
  if (hasWord(l.title, term)) return POINTS.titleWord;
  if (hasPart(l.title, term)) return POINTS.titlePart;
  if (hasWord(l.body, term)) return POINTS.bodyWord;
  if (hasPart(l.body, term)) return POINTS.bodyPart;
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
  const terms = termsOf(query);
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

/** True when the word as written is a match for one of `terms`, whole or in part. */
function matches(written: string, terms: readonly Term[]): boolean {
  const word = foldedOf(written);
  const stem = stripClitics(word);
  return terms.some((t) => word === t.word || stem === t.stem || word === t.stem || (t.word.length >= MIN_PART && word.includes(t.word)));
}

/** `text` cut into segments, each word that matches the query marked (the title of a result). */
export function markMatches(text: string, query: string): Segment[] {
  return segments(text, 0, text.length, termsOf(query));
}

/**
 * A snippet of `text` around its first match of the query, about `width`
 * characters, cut at word ends, with "…" where it was cut, its matches
 * marked; the start of the text when nothing matches.
 */
export function snippet(text: string, query: string, width = 160): Segment[] {
  const terms = termsOf(query);
  let first = -1;
  for (const m of text.matchAll(WORD)) {
    if (terms.length && matches(m[0], terms)) {
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

function segments(text: string, start: number, end: number, terms: readonly Term[]): Segment[] {
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
    if (!terms.length || !matches(m[0], terms)) continue;
    push(piece.slice(at, m.index), false);
    push(m[0], true);
    at = m.index! + m[0].length;
  }
  push(piece.slice(at), false);
  return out;
}
