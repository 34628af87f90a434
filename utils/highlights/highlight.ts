/**
 * A highlight and its note, as stored (the user's own data, on this device
 * only): the article's key (url.ts), where it is (anchor.ts), its colour and
 * note. The colours are data: each has a tint, an underline style and a
 * symbol of its own, so none is told by colour alone.
 */
import type { UiStringKey } from '../ui-strings';
import type { Anchor } from './anchor';

export interface HighlightColor {
  id: string;
  /** Its name in the interface. */
  label: UiStringKey;
  /** Shown after the highlight and in the panel: the cue that is not colour. */
  symbol: string;
}

/** The colours, the first the default (highlights.css gives each its tint and underline). */
export const COLORS = [
  { id: 'yellow', label: 'colorYellow', symbol: '●' },
  { id: 'green', label: 'colorGreen', symbol: '▲' },
  { id: 'blue', label: 'colorBlue', symbol: '■' },
  { id: 'pink', label: 'colorPink', symbol: '◆' },
] as const satisfies readonly HighlightColor[];

export type ColorId = (typeof COLORS)[number]['id'];

export const colorOf = (id: string): HighlightColor => COLORS.find((c) => c.id === id) ?? COLORS[0];

export interface Highlight {
  /** Unique, made where it was highlighted. */
  id: string;
  /** The article's key: `articleKey(url)`. */
  url: string;
  color: ColorId;
  /** '' when it has none. */
  note: string;
  anchor: Anchor;
  /** Epoch milliseconds. */
  created: number;
  updated: number;
}

/** A note longer than this is cut when it is saved: a note, not an article. */
export const NOTE_MAX = 10_000;
/** A highlight longer than this is refused: it would be the article. */
export const QUOTE_MAX = 20_000;

/** Ids go into selectors (marks.ts): letters, digits, - and _ only. */
const ID = /^[\w-]{1,100}$/;
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Whether `v` is a well-formed highlight (what is read from storage or from a file is checked field by field). */
export function isHighlight(v: unknown): v is Highlight {
  if (!v || typeof v !== 'object') return false;
  const h = v as Record<string, unknown>;
  const a = h.anchor as Record<string, unknown> | null;
  const q = (a?.quote ?? null) as Record<string, unknown> | null;
  return (
    typeof h.id === 'string' &&
    ID.test(h.id) &&
    isString(h.url, 10_000) &&
    COLORS.some((c) => c.id === h.color) &&
    isString(h.note, NOTE_MAX) &&
    isCount(h.created) &&
    isCount(h.updated) &&
    !!q &&
    isString(q.exact, QUOTE_MAX) &&
    (q.exact as string).length > 0 &&
    isString(q.prefix, 200) &&
    isString(q.suffix, 200) &&
    isCount(a!.start) &&
    isCount(a!.end) &&
    (a!.end as number) >= (a!.start as number)
  );
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * `[start, end)` widened to whole words: a selection that starts or ends
 * inside a word takes all of it, so a mark never cuts a word (the letters of
 * an Arabic word join across it) and its end symbol never sits inside one.
 * White space at the ends is left out.
 */
export function toWords(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start === end) return [start, end];
  while (start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) start--;
  while (end < text.length && WORD.test(text[end - 1]) && WORD.test(text[end])) end++;
  return [start, end];
}

/** Highlights in article order: by where they were placed; those not placed last, in the order they were made. */
export function inArticleOrder<T extends { highlight: Highlight; start: number | null }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.highlight.created - b.highlight.created);
}

/**
 * The highlights kept for an article, read when a view opens, joined to
 * those made in the view meanwhile: the reading can answer after the reader
 * has highlighted (a busy background opening its database), and what the
 * reader made then is newer than anything stored.
 */
export function joinLoaded(loaded: readonly Highlight[], made: readonly Highlight[]): Highlight[] {
  const ids = new Set(made.map((h) => h.id));
  return [...loaded.filter((h) => !ids.has(h.id)), ...made];
}
