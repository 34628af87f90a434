/**
 * The checks a saved article must pass before it enters the library from a
 * file (or comes back from storage): every field, its type and its bounds.
 * Each check names the field that failed, for the import's message.
 */
import type { Article } from '../article';
import type { ReadingPosition, SavedArticle, SavedQuote } from './record';

type Check = (v: unknown) => boolean;

const str =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const count: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e9;
const time: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 8.64e15;
const bool: Check = (v) => typeof v === 'boolean';
const httpUrl: Check = (v) => {
  if (typeof v !== 'string' || v.length > 4000) return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A body larger than this is not one article (the 5 MB test page is the largest Qari reads). */
export const MAX_CONTENT = 12_000_000;

const ARTICLE_FIELDS: Record<keyof Omit<Article, 'removed' | 'blocks' | 'siteRules'>, Check> = {
  title: str(2000),
  byline: str(2000),
  siteName: str(500),
  source: str(500),
  publishedTime: str(100),
  excerpt: str(10_000),
  lang: (v) => typeof v === 'string' && /^[A-Za-z0-9-]{0,35}$/.test(v),
  dir: (v) => v === 'rtl' || v === 'ltr',
  url: httpUrl,
  content: str(MAX_CONTENT),
  text: str(MAX_CONTENT),
  wordCount: count,
  readingMinutes: count,
};

const QUOTE_FIELDS: Record<keyof SavedQuote, Check> = {
  text: str(100_000),
  kind: (v) => v === 'speech' || v === 'term',
  speaker: str(1000),
  role: str(1000),
  inferred: bool,
};

/** The field of `fields` that `value` fails, or null. */
function failing(value: unknown, fields: Record<string, Check>, prefix: string): string | null {
  if (!isObject(value)) return prefix.replace(/\.$/, '') || 'article';
  for (const [name, check] of Object.entries(fields)) if (!check(value[name])) return `${prefix}${name}`;
  return null;
}

/** The first field of a saved article that is wrong ("article.url", "quotes.3.kind"), or null when it is sound. */
export function savedProblem(value: unknown): string | null {
  if (!isObject(value)) return 'article';
  const article = failing(value.article, ARTICLE_FIELDS, 'article.');
  if (article) return article;
  const blocks = (value.article as Record<string, unknown>).blocks;
  if (blocks !== undefined && !(Array.isArray(blocks) && blocks.length <= 2000 && blocks.every(str(2000)))) return 'article.blocks';
  if (!time(value.savedAt)) return 'savedAt';
  if (!Array.isArray(value.quotes) || value.quotes.length > 10_000) return 'quotes';
  for (const [i, q] of value.quotes.entries()) {
    const bad = failing(q, QUOTE_FIELDS, `quotes.${i + 1}.`);
    if (bad) return bad;
  }
  return null;
}

/** A sound saved article, rebuilt from known fields only (nothing else a file holds comes in). */
export function cleanSaved(value: Record<string, unknown>, id: string): SavedArticle {
  const a = value.article as Record<string, unknown>;
  const article = Object.fromEntries(Object.keys(ARTICLE_FIELDS).map((k) => [k, a[k]])) as unknown as Article;
  article.removed = [];
  if (Array.isArray(a.blocks)) article.blocks = a.blocks as string[];
  const quotes = (value.quotes as Record<string, unknown>[]).map((q) => Object.fromEntries(Object.keys(QUOTE_FIELDS).map((k) => [k, q[k]])) as unknown as SavedQuote);
  return { id, article, quotes, savedAt: value.savedAt as number };
}

/** A reading position when `value` is one (fraction 0-1, block a count), else null. */
export function validPosition(value: unknown): ReadingPosition | null {
  if (!isObject(value)) return null;
  const { fraction, block } = value;
  if (typeof fraction !== 'number' || !(fraction >= 0 && fraction <= 1) || !count(block)) return null;
  return { fraction, block: block as number };
}

export { bool as isBoolean, time as isTime };
