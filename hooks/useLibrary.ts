import { useCallback, useEffect, useState } from 'preact/hooks';
import { allHighlights, highlightCounts, putHighlights } from '../utils/browser/highlights';
import { allSaved, deleteRecords, librarySize, listEntries, putRecords, storageEstimate, updateEntry } from '../utils/browser/library';
import { libraryFile, parseLibraryFile, type Imported, type LibraryImportProblem } from '../utils/library/file';
import type { LibraryEntry } from '../utils/library/record';

/** What the library page shows of storage: the library's own size, and the browser's figures when it gives them. */
export interface LibraryStorage {
  size: number;
  browser: { usage: number; quota: number } | null;
}

/** What an import gave. */
export type ImportOutcome = { ok: true; count: number } | { ok: false; refused: LibraryImportProblem } | { ok: false; cancelled: true } | { ok: false; error: string };

/**
 * The library page's data: every entry (newest first), the storage used,
 * and the changes the page makes: delete (with undo), read marks, export
 * and import. Each change reads the entries again from the database.
 */
export function useLibrary() {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [storage, setStorage] = useState<LibraryStorage | null>(null);
  const reload = useCallback(async () => {
    // Highlights are kept apart from the saved copies (they belong to live pages too): each entry's count is read from them.
    const [listed, counts] = await Promise.all([listEntries(), highlightCounts().catch(() => ({}) as Record<string, number>)]);
    setEntries(listed.map((e) => ({ ...e, highlightCount: counts[e.id] ?? 0 })));
    setStorage({ size: await librarySize(), browser: await storageEstimate() });
  }, []);
  useEffect(() => {
    void reload();
    // Articles saved in other tabs meanwhile show when the page is looked at again.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  /** Deletes an entry; gives back the undo. */
  const remove = async (id: string): Promise<() => Promise<void>> => {
    const gone = await deleteRecords([id]);
    await reload();
    return async () => {
      await putRecords(gone);
      await reload();
    };
  };

  const setRead = async (id: string, read: boolean) => {
    await updateEntry(id, { read });
    await reload();
  };

  /** The export file's text. */
  const exportText = async () => libraryFile(await allSaved(), await listEntries(), await allHighlights(), Date.now());

  /**
   * Imports a file (all or nothing: one bad article or highlight refuses it
   * whole; the articles go in in one transaction, then the highlights in one). An article of the same address
   * replaces the one saved. Past the size limit, `confirmGrowth` is asked.
   */
  const importText = async (text: string, limitBytes: number, confirmGrowth: (used: number) => boolean): Promise<ImportOutcome> => {
    const parsed = parseLibraryFile(text);
    if (!parsed.ok) {
      const { ok: _, ...refused } = parsed;
      return { ok: false, refused };
    }
    const records: Imported = parsed.records;
    const current = new Map((await listEntries()).map((e) => [e.id, e.bytes]));
    let used = [...current.values()].reduce((a, b) => a + b, 0);
    for (const { entry } of records) used += entry.bytes - (current.get(entry.id) ?? 0);
    if (used > limitBytes && !confirmGrowth(used)) return { ok: false, cancelled: true };
    try {
      await putRecords(records);
      await putHighlights(parsed.highlights);
    } catch (e) {
      return { ok: false, error: String((e as Error)?.message ?? e) };
    }
    await reload();
    return { ok: true, count: records.length };
  };

  return { entries, storage, reload, remove, setRead, exportText, importText };
}
