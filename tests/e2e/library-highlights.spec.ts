import { readFileSync, writeFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixturePath } from './helpers';
import { openLibrary } from './library-helpers';
import { HOST, READING, selectText, shownHighlights, viewOf } from './reading-helpers';

/*
 * The library and highlights together: a highlight made on a live page is
 * on the saved copy the library opens, counts for the "only with
 * highlights" filter, travels in the export file, and comes back with an
 * import after the library and the highlights were wiped.
 */

/** How many highlights the background's database holds. */
function storedHighlights(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('qari-highlights');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('highlights')) return resolve(0);
          const count = db.transaction('highlights').objectStore('highlights').count();
          count.onsuccess = () => (resolve(count.result), db.close());
        };
      }),
  );
}

/** Empties the highlights' database (what "wipe" means for them: the library page deletes articles, not highlights). */
function wipeHighlights(worker: Worker): Promise<void> {
  return worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('qari-highlights');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('highlights', 'readwrite');
          tx.objectStore('highlights').clear();
          tx.oncomplete = () => (resolve(), open.result.close());
        };
      }),
  );
}

test('a highlight made on the live page shows on the saved copy, counts for the filter, and an exported library brings it back after a wipe', async ({ context, server, command, extensionId, worker }, testInfo) => {
  const page = await openFixturePath(context, server, READING);
  await command('toggle-reader', page);
  const view = viewOf(page, HOST);
  await expect(view.locator('[data-qari="article"]')).toContainText('برنامج جديد لترميم المكتبات');
  await selectText(page, HOST, 'وإن المكتبة العامة بيتٌ مفتوح', 'للجميع»');
  await view.locator('[data-qari="selection-bar"] button[data-color="blue"]').click();
  await expect.poll(() => shownHighlights(page, HOST)).toHaveLength(1);
  const made = await shownHighlights(page, HOST);
  await view.locator('[data-qari="save"]').click();
  await expect(view.locator('[data-qari="save-status"]')).toContainText('Saved to the library.');
  await page.close();

  await context.setOffline(true);
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  const items = library.locator('[data-qari="library-item"]');
  await expect(items).toHaveCount(1);
  await library.locator('[data-qari="library-highlights-filter"]').check();
  await expect(items).toHaveCount(1);

  await items.first().locator('[data-qari="library-open"]').click();
  const reader = library.locator('[data-qari="library-reader"]');
  await expect(reader.locator('[data-qari="article"]')).toContainText('برنامج جديد لترميم المكتبات');
  await expect.poll(() => shownHighlights(library, null)).toEqual(made);
  await reader.locator('[data-qari="close"]').click();

  const [download] = await Promise.all([library.waitForEvent('download'), library.locator('[data-qari="library-export"]').click()]);
  const file = testInfo.outputPath('qari-library.json');
  await download.saveAs(file);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.highlights).toHaveLength(1);
  expect(data.highlights[0]).toMatchObject({ color: 'blue', anchor: { quote: { exact: made[0].text } } });

  await library.locator('[data-qari="library-highlights-filter"]').uncheck();
  await items.first().locator('[data-qari="library-delete"]').click();
  await expect(items).toHaveCount(0);
  await wipeHighlights(worker);
  expect(await storedHighlights(worker)).toBe(0);

  // A damaged highlight refuses the whole file: neither the article nor the highlight comes in.
  const damaged = structuredClone(data);
  damaged.highlights[0].color = 'red';
  const bad = testInfo.outputPath('damaged.json');
  writeFileSync(bad, JSON.stringify(damaged));
  const input = library.locator('[data-qari="library-import"]');
  await input.setInputFiles(bad);
  await expect(library.locator('[data-qari="library-file-status"]')).toHaveText('Highlight number 1 in this file is damaged: nothing was changed.');
  await expect(items).toHaveCount(0);
  expect(await storedHighlights(worker)).toBe(0);

  await input.setInputFiles(file);
  await expect(library.locator('[data-qari="library-file-status"]')).toHaveText('Articles imported: 1.');
  await expect(items).toHaveCount(1);
  expect(await storedHighlights(worker)).toBe(1);
  await library.locator('[data-qari="library-highlights-filter"]').check();
  await expect(items).toHaveCount(1);
  await items.first().locator('[data-qari="library-open"]').click();
  await expect.poll(() => shownHighlights(library, null)).toEqual(made);
});
