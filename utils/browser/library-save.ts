/**
 * The background's side of the library for views in tabs: saving an
 * article (within the size limit the user set), telling a view whether its
 * article is saved, and keeping the reading position of a saved one.
 */
import type { LibraryStatus, SaveReply, SaveRequest } from '../contract';
import { libraryId, recordsFor, type ReadingPosition } from '../library/record';
import { getEntry, librarySize, putRecord, savePosition } from './library';
import { loadPrefs } from './prefs';

const MB = 1024 * 1024;

/** Saves (or saves again) the article of `request`; past the limit, only when `force`. */
export async function saveToLibrary(request: SaveRequest, now = Date.now()): Promise<SaveReply> {
  try {
    const previous = await getEntry(libraryId(request.article.url));
    const { saved, entry } = recordsFor(request.article, request.quotes, now, request.images, previous);
    const limit = (await loadPrefs()).libraryLimitMb * MB;
    const used = await librarySize();
    const after = used - (previous?.bytes ?? 0) + entry.bytes;
    if (after > limit && !request.force) return { ok: false, limit: { used: after, limit } };
    await putRecord(saved, entry);
    return { ok: true, updated: previous !== undefined };
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message ?? e) };
  }
}

/** Whether the article at `url` is saved, and where its reader stopped. */
export async function libraryStatus(url: string): Promise<LibraryStatus> {
  const entry = await getEntry(libraryId(url)).catch(() => undefined);
  return { saved: entry !== undefined, position: entry?.position ?? null };
}

/** Keeps the reading position of the saved article at `url` (none saved: nothing). */
export async function keepPosition(url: string, position: ReadingPosition): Promise<void> {
  await savePosition(libraryId(url), position).catch(() => undefined);
}
