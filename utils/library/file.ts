/**
 * The library's export file: one JSON object, versioned, with named
 * sections: `articles` and `highlights` (the user's highlights and notes,
 * of saved articles and of live pages alike; a file without the section has
 * none). An import is all or nothing: one damaged article or highlight
 * refuses the whole file, naming which.
 */
import { readEnvelope, type EnvelopeProblem } from '../export/json-file';
import { isHighlight, type Highlight } from '../highlights/highlight';
import { entryOf, libraryId, type LibraryEntry, type SavedArticle } from './record';
import { cleanSaved, isBoolean, isTime, savedProblem, validPosition } from './validate';

export const LIBRARY_FORMAT = 'qari-library';
export const LIBRARY_VERSION = 1;
/** Larger than any library the storage limit lets grow (the limit goes to 5 GB); a bigger file is not one. */
const MAX_FILE_CHARS = 2_000_000_000;

/** One article of the file: the saved copy and the reader's state of it. */
export interface FileArticle extends Omit<SavedArticle, 'id'> {
  read: boolean;
  updatedAt: number;
  position: LibraryEntry['position'];
}

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  exportedAt: number;
  articles: FileArticle[];
  highlights: Highlight[];
}

/** Why a file was refused; `article` is the 1-based number of the bad article. */
export type LibraryImportProblem =
  | EnvelopeProblem
  | { problem: 'bad-article'; article: number; field: string }
  | { problem: 'duplicate'; article: number }
  | { problem: 'bad-highlight'; highlight: number };

/** The file's text for the library's saved copies and entries (paired by id) and every highlight. */
export function libraryFile(saved: readonly SavedArticle[], entries: readonly LibraryEntry[], highlights: readonly Highlight[], now: number): string {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const articles: FileArticle[] = saved.map(({ article, quotes, savedAt, id }) => {
    const e = byId.get(id);
    return { article, quotes, savedAt, updatedAt: e?.updatedAt ?? savedAt, read: e?.read ?? false, position: e?.position ?? null };
  });
  const file: LibraryFile = { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, exportedAt: now, articles, highlights: [...highlights] };
  return JSON.stringify(file);
}

/** What an import puts in the library: each saved copy with its entry. */
export type Imported = Array<{ saved: SavedArticle; entry: LibraryEntry }>;

/** The articles and highlights of an export file, checked field by field, or why the file is refused. */
export function parseLibraryFile(text: string): ({ ok: true } & { records: Imported; highlights: Highlight[] }) | ({ ok: false } & LibraryImportProblem) {
  const read = readEnvelope(text, { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, maxChars: MAX_FILE_CHARS });
  if (!read.ok) return read;
  const file = read.file as Partial<Record<keyof LibraryFile, unknown>>;
  if (!Array.isArray(file.articles)) return { ok: false, problem: 'not-ours' };
  const records: Imported = [];
  const seen = new Set<string>();
  for (const [i, value] of file.articles.entries()) {
    const bad = (field: string) => ({ ok: false as const, problem: 'bad-article' as const, article: i + 1, field });
    const field = savedProblem(value);
    if (field) return bad(field);
    const v = value as Record<string, unknown>;
    if (!isBoolean(v.read)) return bad('read');
    if (!isTime(v.updatedAt)) return bad('updatedAt');
    if (v.position !== null && !validPosition(v.position)) return bad('position');
    const id = libraryId((v.article as { url: string }).url);
    if (seen.has(id)) return { ok: false, problem: 'duplicate', article: i + 1 };
    seen.add(id);
    const saved = cleanSaved(v, id);
    const entry = entryOf(saved, { updatedAt: v.updatedAt as number, read: v.read as boolean, position: validPosition(v.position), highlightCount: 0, images: { kept: 0, missed: 0 } });
    records.push({ saved, entry });
  }
  const highlights = file.highlights ?? [];
  if (!Array.isArray(highlights)) return { ok: false, problem: 'not-ours' };
  const bad = highlights.findIndex((h) => !isHighlight(h));
  if (bad >= 0) return { ok: false, problem: 'bad-highlight', highlight: bad + 1 };
  const count = new Map<string, number>();
  for (const h of highlights as Highlight[]) count.set(h.url, (count.get(h.url) ?? 0) + 1);
  for (const r of records) r.entry.highlightCount = count.get(r.entry.id) ?? 0;
  return { ok: true, records, highlights: (highlights as Highlight[]).map(knownFields) };
}

/** A highlight of the file with only the fields a highlight has (a file may carry anything else). */
function knownFields({ id, url, color, note, anchor, created, updated }: Highlight): Highlight {
  const { exact, prefix, suffix } = anchor.quote;
  return { id, url, color, note, anchor: { quote: { exact, prefix, suffix }, start: anchor.start, end: anchor.end }, created, updated };
}
