/**
 * The library's data: what is kept of a saved article, the list entry the
 * library page shows and searches, and the checks a stored or imported
 * record must pass, field by field. Plain data; utils/browser/library.ts
 * keeps it in IndexedDB.
 */
import { articleKey } from '../highlights/url';
import type { Article, TextDirection } from '../article';
import type { QuoteKind } from '../quotes/quotes';
import { indexOf, type SearchIndex } from './search';

/** Where the reader was in an article: the share of it scrolled past and the block at the top of the view. */
export interface ReadingPosition {
  /** 0 (the top) to 1 (the end). */
  fraction: number;
  /** Index of the block nearest the top of the view, among the body's blocks (`data-qari-block`) in document order. */
  block: number;
}

/** A quotation as saved: what quote mode found, without its offsets in one rendering. */
export interface SavedQuote {
  text: string;
  kind: QuoteKind;
  speaker: string;
  role: string;
  inferred: boolean;
}

/** The whole saved copy: the article as the reader had it (sanitised HTML and metadata), its quotations, when it was saved. */
export interface SavedArticle {
  /** `libraryId(article.url)`. */
  id: string;
  article: Article;
  quotes: SavedQuote[];
  savedAt: number;
}

/** One line of the library: what the list, the filters and the search need, without the body's HTML. */
export interface LibraryEntry {
  id: string;
  url: string;
  title: string;
  byline: string;
  siteName: string;
  lang: string;
  dir: TextDirection;
  publishedTime: string;
  wordCount: number;
  readingMinutes: number;
  savedAt: number;
  /** Saved again later: when (the list stays ordered by the first save). */
  updatedAt: number;
  read: boolean;
  position: ReadingPosition | null;
  /** The saved copy's highlights; 0 until highlights exist. */
  highlightCount: number;
  /** Images the saved copy holds as data, and those it could only link to when "keep images" was on. */
  images: { kept: number; missed: number };
  /** Size of the saved copy and this entry in storage, in bytes (JSON, UTF-16 code units × 2). */
  bytes: number;
  /** The body's plain text, for result snippets. */
  text: string;
  index: SearchIndex;
}

/**
 * The library's key for `url`: no fragment, no tracking parameters, the rest
 * as written. The same function keys highlights (utils/highlights/url.ts), so
 * a saved article and its highlights always agree on which article they are.
 */
export function libraryId(url: string): string {
  return articleKey(url);
}

/** Bytes a value takes as JSON (what IndexedDB's structured copy costs, near enough). */
export function sizeOf(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/** The saved copy and its entry for `article`; `previous` (the same URL saved before) keeps its date, read mark and position. */
export function recordsFor(
  article: Article,
  quotes: SavedQuote[],
  now: number,
  images: LibraryEntry['images'] = { kept: 0, missed: 0 },
  previous?: LibraryEntry,
): { saved: SavedArticle; entry: LibraryEntry } {
  const id = libraryId(article.url);
  // What clean-up removed and the site rules that applied belong to the live page, not to the copy.
  const { siteRules: _, ...kept } = article;
  const saved: SavedArticle = { id, article: { ...kept, removed: [] }, quotes, savedAt: previous?.savedAt ?? now };
  const entry = entryOf(saved, { updatedAt: now, read: previous?.read ?? false, position: previous?.position ?? null, highlightCount: previous?.highlightCount ?? 0, images });
  return { saved, entry };
}

/** The entry of a saved copy, with the state that is not part of the copy. */
export function entryOf(saved: SavedArticle, state: Pick<LibraryEntry, 'updatedAt' | 'read' | 'position' | 'highlightCount' | 'images'>): LibraryEntry {
  const a = saved.article;
  const entry: LibraryEntry = {
    id: saved.id,
    url: a.url,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedTime,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    savedAt: saved.savedAt,
    ...state,
    bytes: 0,
    text: a.text,
    index: indexOf(a.title, a.text),
  };
  entry.bytes = sizeOf(saved) + sizeOf(entry);
  return entry;
}

/** The site an entry is filed under: the site's name, else its host without www. */
export function siteLabel(entry: Pick<LibraryEntry, 'siteName' | 'url'>): string {
  if (entry.siteName) return entry.siteName;
  try {
    return new URL(entry.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** How far into the article the reader got, 0-100. */
export function progressPercent(position: ReadingPosition | null): number {
  return position ? Math.round(Math.min(1, Math.max(0, position.fraction)) * 100) : 0;
}
