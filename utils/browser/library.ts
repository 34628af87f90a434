/**
 * The library's database: IndexedDB in the extension's own origin (through
 * `idb`), opened by the background and by the library page (the reader in a
 * tab reaches it through the background's messages). Nothing leaves the
 * machine. Versioned: `upgrade` adds the stores of each version in turn, so
 * a later version (highlights) adds its store beside these.
 *
 * - `articles`: the saved copies (SavedArticle: HTML, metadata, quotations), by id.
 * - `entries`: the library's lines (LibraryEntry: what the list and the search need), by id.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Imported } from '../library/file';
import type { LibraryEntry, ReadingPosition, SavedArticle } from '../library/record';

export const LIBRARY_DB = 'qari-library';
export const LIBRARY_DB_VERSION = 1;

interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle };
  entries: { key: string; value: LibraryEntry; indexes: { savedAt: number } };
}

let opened: Promise<IDBPDatabase<LibrarySchema>> | null = null;

/** The database, opened once per context. */
export function libraryDb(): Promise<IDBPDatabase<LibrarySchema>> {
  opened ??= openDB<LibrarySchema>(LIBRARY_DB, LIBRARY_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('articles', { keyPath: 'id' });
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      }
    },
    // Another context upgrades the database: let it, open again next time.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

/** Every entry, newest saved first. */
export async function listEntries(): Promise<LibraryEntry[]> {
  const entries = await (await libraryDb()).getAllFromIndex('entries', 'savedAt');
  return entries.reverse();
}

export async function getEntry(id: string): Promise<LibraryEntry | undefined> {
  return (await libraryDb()).get('entries', id);
}

export async function getSaved(id: string): Promise<SavedArticle | undefined> {
  return (await libraryDb()).get('articles', id);
}

/** Every saved copy (for the export file). */
export async function allSaved(): Promise<SavedArticle[]> {
  return (await libraryDb()).getAll('articles');
}

/** Stores a saved copy and its entry together (saved again: replaced in place). */
export async function putRecord(saved: SavedArticle, entry: LibraryEntry): Promise<void> {
  const tx = (await libraryDb()).transaction(['articles', 'entries'], 'readwrite');
  await Promise.all([tx.objectStore('articles').put(saved), tx.objectStore('entries').put(entry), tx.done]);
}

/** Changes an entry's reader state (read mark, position); nothing when it is gone. */
export async function updateEntry(id: string, change: Partial<Pick<LibraryEntry, 'read' | 'position'>>): Promise<LibraryEntry | undefined> {
  const tx = (await libraryDb()).transaction('entries', 'readwrite');
  const entry = await tx.store.get(id);
  const next = entry && { ...entry, ...change };
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

/** Stores where the reader is in a saved article. */
export function savePosition(id: string, position: ReadingPosition): Promise<LibraryEntry | undefined> {
  return updateEntry(id, { position });
}

/** Deletes saved articles; gives back what was deleted (for undo). */
export async function deleteRecords(ids: readonly string[]): Promise<Imported> {
  const tx = (await libraryDb()).transaction(['articles', 'entries'], 'readwrite');
  const gone: Imported = [];
  for (const id of ids) {
    const [saved, entry] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('entries').get(id)]);
    if (saved && entry) gone.push({ saved, entry });
    await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('entries').delete(id)]);
  }
  await tx.done;
  return gone;
}

/** Adds records (undoing a delete) in one transaction. */
export async function putRecords(records: Imported): Promise<void> {
  const tx = (await libraryDb()).transaction(['articles', 'entries'], 'readwrite');
  for (const { saved, entry } of records) await Promise.all([tx.objectStore('articles').put(saved), tx.objectStore('entries').put(entry)]);
  await tx.done;
}

/** The library's own size: the sum of its records' sizes, in bytes. */
export async function librarySize(): Promise<number> {
  return (await listEntries()).reduce((sum, e) => sum + e.bytes, 0);
}

/** What the browser says this extension's storage uses and may use, when it says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return estimate && typeof estimate.usage === 'number' && typeof estimate.quota === 'number' ? { usage: estimate.usage, quota: estimate.quota } : null;
}
