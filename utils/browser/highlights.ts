/**
 * Where highlights and notes are kept: an IndexedDB database of the
 * extension's own (through `idb`, a small maintained wrapper), owned by the
 * background; the views reach it through the message contract
 * (`highlightStore`). Local only: nothing syncs or leaves the machine.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isHighlight, type Highlight } from '../highlights/highlight';
import type { HighlightStore } from '../contract';
import { askBackground } from './messaging';

interface Schema extends DBSchema {
  highlights: { key: string; value: Highlight; indexes: { url: string } };
}

export const DB_NAME = 'qari-highlights';

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('highlights', { keyPath: 'id' }).createIndex('url', 'url');
    },
  });
  return db;
}

/** The highlights of the article kept under `url` (utils/highlights/url.ts), damaged records left out. */
export async function highlightsOf(url: string): Promise<Highlight[]> {
  const all = await (await open()).getAllFromIndex('highlights', 'url', url);
  return all.filter(isHighlight);
}

/** Adds or replaces a highlight; a malformed one is refused. */
export async function putHighlight(highlight: Highlight): Promise<{ ok: true } | { error: string }> {
  if (!isHighlight(highlight)) return { error: 'not a highlight' };
  await (await open()).put('highlights', highlight);
  return { ok: true };
}

export async function deleteHighlight(id: string): Promise<void> {
  await (await open()).delete('highlights', id);
}

/** Every highlight kept (for the library's export file), damaged records left out. */
export async function allHighlights(): Promise<Highlight[]> {
  return (await (await open()).getAll('highlights')).filter(isHighlight);
}

/** Adds or replaces highlights in one transaction (an imported library file's; checked before). */
export async function putHighlights(highlights: readonly Highlight[]): Promise<void> {
  const tx = (await open()).transaction('highlights', 'readwrite');
  await Promise.all([...highlights.map((h) => tx.store.put(h)), tx.done]);
}

/** How many highlights each article has, by its key. */
export async function highlightCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let cursor = await (await open()).transaction('highlights').store.index('url').openKeyCursor();
  for (; cursor; cursor = await cursor.continue()) counts[cursor.key] = (counts[cursor.key] ?? 0) + 1;
  return counts;
}

/** The views' way to the store: the background's, through the contract. */
export const highlightStore: HighlightStore = {
  list: (url) => askBackground({ type: 'highlights', url }),
  put: async (highlight) => {
    const reply = await askBackground({ type: 'highlight-put', highlight });
    if ('error' in reply) throw new Error(reply.error);
  },
  remove: (id) => askBackground({ type: 'highlight-delete', id }),
};
