import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { computed, openFixture, storedPrefs, storePrefs } from './helpers';
import { libraryEntries, openLibrary } from './library-helpers';

/*
 * The library (issue 17): save from the reader, read offline from the
 * library page, Arabic-aware search, resume, export and import.
 */

test('an article saved from the full-page view is found offline by a search in other spellings, opens right to left, and resumes where the reader stopped', async ({ context, server, command, extensionId, worker }) => {
  const page = await openFixture(context, server);
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  await expect(view.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  const save = view.locator('[data-qari="save"]');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(view.locator('[data-qari="save-status"]')).toContainText('Saved to the library.');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toHaveText('Saved');
  await page.close();

  // Nothing from the network from here on.
  await context.setOffline(true);
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await expect(library.locator('[data-qari="library-item"]')).toHaveCount(1);
  await expect(library.locator('[data-qari="library-site"]')).toHaveText('الرائد نيوز');

  // The title is written أعلن (hamza on the alef) and the text has أيضًا (tanween): searched with a bare alef, no marks.
  await library.locator('[data-qari="library-search"]').fill('اعلن ايضا');
  await expect(library.locator('[data-qari="library-item"]')).toHaveCount(1);
  await expect(library.locator('.qari-library-title mark')).toHaveText('أعلن');
  await expect(library.locator('[data-qari="library-snippet"] mark').first()).toHaveText('أيضًا');
  // A word that is in no article finds nothing.
  await library.locator('[data-qari="library-search"]').fill('طماطم');
  await expect(library.locator('[data-qari="library-item"]')).toHaveCount(0);
  await expect(library.locator('[data-qari="library-count"]')).toHaveText('No saved article matches.');
  await library.locator('[data-qari="library-search"]').fill('الروسى');
  await library.locator('[data-qari="library-open"]').click();

  const reader = library.locator('[data-qari="library-reader"]');
  const body = reader.locator('[data-qari="article"]');
  await expect(body).toContainText('وقال زعيم الكرملين');
  await expect(reader.locator('.qari-article')).toHaveAttribute('dir', 'rtl');
  expect(await computed(body.locator('p').first(), 'direction')).toBe('rtl');
  await library.screenshot({ path: 'tmp/library-reader-offline.png' });

  // Read down to the sixth block, rest, and the position is kept.
  const scroller = reader.locator('[data-qari="scroll"]');
  await body.locator('[data-qari-block]').nth(5).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => (await libraryEntries(worker))[0]?.position?.block ?? -1).toBeGreaterThanOrEqual(4);
  const kept = (await libraryEntries(worker))[0].position!;
  expect(kept.fraction).toBeGreaterThan(0);
  const top = await scroller.evaluate((el) => el.scrollTop);
  await reader.locator('[data-qari="close"]').click();
  await expect(reader).toHaveCount(0);
  // The list shows it as progress.
  await expect(library.locator('[data-qari="library-progress"]')).toHaveAttribute('value', String(Math.round(kept.fraction * 100)));

  // Opened again (a new page: nothing kept in memory), it opens where it was.
  await library.reload();
  await library.locator('[data-qari="library-open"]').click();
  await expect(body).toContainText('وقال زعيم الكرملين');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(top - 40);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeLessThan(top + 40);
  await context.setOffline(false);
});

test('S saves from the popup; saved again under the same address with a fragment and tracking parameters, it updates in place; read marks and delete with undo', async ({ context, server, openPopup, extensionId, worker }) => {
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await popup.locator('[data-qari="scroll"]').focus();
  await popup.keyboard.press('s');
  await expect(popup.locator('[data-qari="save-status"]')).toContainText('Saved to the library.');
  expect(await libraryEntries(worker)).toHaveLength(1);

  const again = await context.newPage();
  await again.goto(`${page.url()}&utm_source=x&fbclid=y#comments`);
  const popup2 = await openPopup(again);
  await expect(popup2.locator('[data-qari="save"]')).toHaveAttribute('aria-pressed', 'true');
  await popup2.locator('[data-qari="save"]').click();
  await expect(popup2.locator('[data-qari="save-status"]')).toContainText('Saved again');
  expect(await libraryEntries(worker)).toHaveLength(1);

  const library = await context.newPage();
  await openLibrary(library, extensionId);
  const item = library.locator('[data-qari="library-item"]');
  await expect(item).toHaveCount(1);
  await item.locator('[data-qari="library-read"]').click();
  await expect(item).toHaveAttribute('data-read', '');
  await expect.poll(async () => (await libraryEntries(worker))[0].read).toBe(true);
  await item.locator('[data-qari="library-delete"]').click();
  await expect(item).toHaveCount(0);
  expect(await libraryEntries(worker)).toHaveLength(0);
  await library.locator('[data-qari="library-undo"]').click();
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-read', '');
});

test('export, wipe and import bring the whole library back; a corrupt file is refused, says why and changes nothing', async ({ context, server, openPopup, extensionId, worker }, testInfo) => {
  for (const slug of ['isna-wordpress', 'persian']) {
    const popup = await openPopup(await openFixture(context, server, slug));
    await popup.locator('[data-qari="save"]').click();
    await expect(popup.locator('[data-qari="save-status"]')).toContainText('Saved');
  }
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  const items = library.locator('[data-qari="library-item"]');
  await expect(items).toHaveCount(2);
  const before = await libraryEntries(worker);
  // The filters: one site, then only articles with highlights (none has any yet).
  const site = library.locator('[data-qari="library-site-filter"]');
  await expect(site.locator('option')).toHaveCount(3);
  await expect(site.locator('option').first()).toHaveText('All sites');
  await expect(site.locator('option').nth(1)).toHaveText(/ \(1\)$/);
  await site.selectOption({ index: 1 });
  await expect(items).toHaveCount(1);
  await site.selectOption('');
  await expect(items).toHaveCount(2);
  await library.locator('[data-qari="library-highlights-filter"]').check();
  await expect(items).toHaveCount(0);
  await library.locator('[data-qari="library-highlights-filter"]').uncheck();
  await expect(items).toHaveCount(2);

  const [download] = await Promise.all([library.waitForEvent('download'), library.locator('[data-qari="library-export"]').click()]);
  const file = testInfo.outputPath('qari-library.json');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  const data = JSON.parse(text);
  expect(data).toMatchObject({ format: 'qari-library', version: 1 });
  expect(data.articles).toHaveLength(2);

  for (let n = 2; n > 0; n--) {
    await items.first().locator('[data-qari="library-delete"]').click();
    await expect(items).toHaveCount(n - 1);
  }
  expect(await libraryEntries(worker)).toEqual([]);

  const status = library.locator('[data-qari="library-file-status"]');
  const input = library.locator('[data-qari="library-import"]');
  const refuse = async (name: string, content: string, message: string) => {
    const path = testInfo.outputPath(name);
    writeFileSync(path, content);
    await input.setInputFiles(path);
    await expect(status).toHaveText(message);
    expect(await libraryEntries(worker)).toEqual([]);
    await expect(items).toHaveCount(0);
  };
  await refuse('cut.json', text.slice(0, text.length / 2), 'This file is not valid JSON: nothing was changed.');
  await refuse('version.json', JSON.stringify({ ...data, version: 99 }), 'This library file was written by another version of Qari: nothing was changed.');
  const damaged = structuredClone(data);
  damaged.articles[1].article.url = 'javascript:alert(1)';
  await refuse('damaged.json', JSON.stringify(damaged), 'Article number 2 in this file is damaged (article.url): nothing was changed.');

  await input.setInputFiles(file);
  await expect(status).toHaveText('Articles imported: 2.');
  await expect(items).toHaveCount(2);
  const after = await libraryEntries(worker);
  const key = (e: (typeof before)[number]) => e.id;
  expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...before].sort((a, b) => key(a).localeCompare(key(b))));
});

test('with "keep images", the full-page view keeps the images of its own origin as data, and the saved copy shows them offline', async ({ context, server, command, extensionId, worker }) => {
  await storePrefs(worker, { keepImages: true });
  const page = await openFixture(context, server, 'figures');
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  const shown = view.locator('[data-qari="article"] img');
  await expect(shown.first()).toBeVisible();
  await expect.poll(() => shown.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete))).toBe(true);
  await view.locator('[data-qari="save"]').click();
  await expect(view.locator('[data-qari="save-status"]')).toContainText('Saved');
  const [entry] = await libraryEntries(worker);
  expect(entry.images.kept).toBeGreaterThan(0);
  expect(entry.images.kept).toBe(await shown.count());
  expect(entry.content).toContain('src="data:image/');
  await page.close();

  await context.setOffline(true);
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await library.locator('[data-qari="library-open"]').click();
  const images = library.locator('[data-qari="library-reader"] [data-qari="article"] img');
  await expect(images.first()).toBeVisible();
  await expect.poll(() => images.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
  await context.setOffline(false);
});

test.describe('in an Arabic browser', () => {
  test.use({ uiLocale: 'ar' });
  test('the library page is laid out right to left in Arabic, results marked, and the reader it opens offline too', async ({ context, server, openPopup, extensionId }) => {
    for (const slug of ['isna-wordpress', 'persian', 'figures']) {
      const popup = await openPopup(await openFixture(context, server, slug));
      await popup.locator('[data-qari="save"]').click();
      await expect(popup.locator('[data-qari="save-status"]')).toContainText('حُفظ');
      await expect(popup.locator('[data-qari="save"]')).toHaveText('محفوظ');
      if (slug === 'isna-wordpress') await popup.screenshot({ path: 'tmp/popup-saved-ar.png' });
    }
    await context.setOffline(true);
    const library = await context.newPage();
    await openLibrary(library, extensionId);
    expect(await library.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expect(library.locator('h1')).toHaveText('مكتبة قارئ');
    expect(await computed(library.locator('[data-qari="library-list"]'), 'direction')).toBe('rtl');
    await library.locator('[data-qari="library-search"]').fill('الرئيس الروسى');
    // Both words in the seed's title or text rank it first; an article with one of them follows.
    await expect(library.locator('[data-qari="library-item"]').first()).toContainText('أعلن بوتين');
    await expect(library.locator('[data-qari="library-snippet"] mark').first()).toBeVisible();
    await library.screenshot({ path: 'tmp/library-ar.png' });
    expect(await computed(library.locator('[data-qari="library-snippet"]').first(), 'direction')).toBe('rtl');
    await library.locator('[data-qari="library-open"]').first().click();
    const reader = library.locator('[data-qari="library-reader"]');
    await expect(reader.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
    expect(await computed(reader.locator('.qari-article'), 'direction')).toBe('rtl');
    await library.screenshot({ path: 'tmp/library-reader-ar.png' });
    await context.setOffline(false);
  });
});

/** A library file holding `articles`, each a saved copy as the export writes it. */
function fileOf(articles: Array<{ url: string; title: string; content: string; text?: string }>): string {
  return JSON.stringify({
    format: 'qari-library',
    version: 1,
    exportedAt: 0,
    articles: articles.map((a, i) => ({
      article: { title: a.title, byline: '', siteName: 'اختبار', source: '', publishedTime: '', excerpt: '', lang: 'ar', dir: 'rtl', url: a.url, content: a.content, text: a.text ?? a.title, wordCount: 10, readingMinutes: 1, removed: [] },
      quotes: [],
      savedAt: 1_770_000_000_000 + i,
      updatedAt: 1_770_000_000_000 + i,
      read: false,
      position: null,
    })),
  });
}

test('an import that would grow the library past its limit is asked about first: refused, nothing changes; accepted, it comes in', async ({ context, extensionId, worker }, testInfo) => {
  await storePrefs(worker, { libraryLimitMb: 10 });
  const big = 'نص '.repeat(1_100_000);
  const path = testInfo.outputPath('big.json');
  writeFileSync(path, fileOf([{ url: 'https://big.example/a', title: 'مقال طويل', content: `<p>${big}</p>`, text: big }]));
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await expect(library.locator('[data-qari="library-storage"]')).toContainText('of your limit of 10 MB');
  const status = library.locator('[data-qari="library-file-status"]');
  const asked: string[] = [];
  library.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()));
  await library.locator('[data-qari="library-import"]').setInputFiles(path);
  await expect(status).toHaveText('Import cancelled: nothing was changed.');
  expect(asked[0]).toMatch(/^This import makes the library [\d.]+ MB, past your limit of 10 MB/);
  expect(await libraryEntries(worker)).toEqual([]);
  library.once('dialog', (d) => void d.accept());
  await library.locator('[data-qari="library-import"]').setInputFiles(path);
  await expect(status).toHaveText('Articles imported: 1.');
  await expect(library.locator('[data-qari="library-item"]')).toHaveCount(1);
  await expect(library.locator('[data-qari="library-storage"]')).not.toContainText('uses 0 MB');
});

test('a saved copy with hostile markup is sanitised again before the library shows it: nothing of it runs', async ({ context, extensionId, worker }, testInfo) => {
  const path = testInfo.outputPath('hostile.json');
  const content = '<p>نص المقال<img src="x" onerror="window.__qariPwned=1"></p><script>window.__qariPwned=2</script><iframe src="javascript:window.__qariPwned=3"></iframe><a href="javascript:window.__qariPwned=4">رابط</a><svg onload="window.__qariPwned=5"></svg>';
  writeFileSync(path, fileOf([{ url: 'https://hostile.example/a', title: '<img src=x onerror="window.__qariPwned=6">عنوان', content }]));
  const library = await context.newPage();
  await openLibrary(library, extensionId);
  await library.locator('[data-qari="library-import"]').setInputFiles(path);
  await expect(library.locator('[data-qari="library-item"]')).toHaveCount(1);
  // The title is text, never markup.
  await expect(library.locator('[data-qari="library-open"]')).toHaveText('<img src=x onerror="window.__qariPwned=6">عنوان');
  await library.locator('[data-qari="library-open"]').click();
  const body = library.locator('[data-qari="library-reader"] [data-qari="article"]');
  await expect(body).toContainText('نص المقال');
  expect(await body.evaluate((el) => ({ scripts: el.querySelectorAll('script, iframe, svg').length, handlers: [...el.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length, js: el.querySelectorAll('a[href^="javascript"]').length }))).toEqual({ scripts: 0, handlers: 0, js: 0 });
  expect(await library.evaluate(() => (window as unknown as { __qariPwned?: number }).__qariPwned)).toBeUndefined();
  expect(await libraryEntries(worker)).toHaveLength(1);
});

test('the library opens from the popup\'s settings, from the full-page view\'s and from the options page', async ({ context, server, openPopup, command, extensionId }) => {
  const isLibrary = (p: { url(): string }) => p.url() === `chrome-extension://${extensionId}/library.html`;
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await popup.locator('[data-qari="settings-toggle"]').click();
  const [fromPopup] = await Promise.all([context.waitForEvent('page', { predicate: isLibrary }), popup.locator('[data-qari="open-library"]').click()]);
  await expect(fromPopup.locator('h1')).toHaveText('Qari library');
  await fromPopup.close();

  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  await view.locator('[data-qari="settings-toggle"]').click();
  const [fromPage] = await Promise.all([context.waitForEvent('page', { predicate: isLibrary }), view.locator('[data-qari="open-library"]').click()]);
  await expect(fromPage.locator('h1')).toHaveText('Qari library');
  await fromPage.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [fromOptions] = await Promise.all([context.waitForEvent('page', { predicate: isLibrary }), options.locator('[data-qari="options-open-library"]').click()]);
  await expect(fromOptions.locator('h1')).toHaveText('Qari library');
  await expect(fromOptions.locator('[data-qari="library-count"]')).toHaveText('Nothing saved yet. Press Save (or S) in the reader to keep an article here.');
});

test('the options page sets "keep images" and the library\'s size limit, refusing a limit out of range', async ({ context, extensionId, worker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const keep = options.locator('[data-qari="keep-images"]');
  await expect(keep).not.toBeChecked();
  await keep.check();
  await expect.poll(async () => (await storedPrefs(worker)).keepImages).toBe(true);
  const limit = options.locator('[data-qari="library-limit"]');
  await expect(limit).toHaveValue('200');
  await limit.fill('50');
  await limit.press('Enter');
  await limit.blur();
  await expect.poll(async () => (await storedPrefs(worker)).libraryLimitMb).toBe(50);
  await limit.fill('7');
  await limit.blur();
  await expect(limit).toHaveValue('50');
  expect((await storedPrefs(worker)).libraryLimitMb).toBe(50);
});

test('with "keep images", the popup keeps the images it has loaded, and says how many stay links when it has loaded none', async ({ context, server, openPopup, worker }) => {
  await storePrefs(worker, { keepImages: true });
  const page = await openFixture(context, server, 'figures');
  let popup = await openPopup(page);
  const shown = popup.locator('[data-qari="article"] img');
  await expect(shown.first()).toBeVisible();
  const count = await shown.count();
  await expect.poll(() => shown.evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete))).toBe(true);
  await popup.locator('[data-qari="save"]').click();
  await expect(popup.locator('[data-qari="save-status"]')).toHaveText('Saved to the library.');
  // The test build holds the loopback address as a host permission: the popup may read the page's images.
  expect((await libraryEntries(worker))[0].images).toEqual({ kept: count, missed: 0 });
  await popup.close();

  // With "Load images" off the view has loaded none: every image stays a link, and the view says how many.
  await storePrefs(worker, { loadImages: false });
  popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).not.toBeEmpty();
  await popup.locator('[data-qari="save"]').click();
  await expect(popup.locator('[data-qari="save-status"]')).toContainText(`Saved again: the library's copy is updated. ${count} images could not be kept and stay links to the page`);
  const [entry] = await libraryEntries(worker);
  expect(entry.images).toEqual({ kept: 0, missed: count });
  expect(entry.content).not.toContain('data:image/');
});

test('the position is kept and restored in the live full-page view too, when the page shown is a saved one', async ({ context, server, command, worker }) => {
  const page = await openFixture(context, server);
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  const body = view.locator('[data-qari="article"]');
  await expect(body).toContainText('وقال زعيم الكرملين');
  await view.locator('[data-qari="save"]').click();
  await expect(view.locator('[data-qari="save"]')).toHaveAttribute('aria-pressed', 'true');
  const scroller = view.locator('[data-qari="scroll"]');
  await body.locator('[data-qari-block]').nth(6).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(async () => (await libraryEntries(worker))[0]?.position?.block ?? -1).toBeGreaterThanOrEqual(5);
  const top = await scroller.evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(100);
  await view.locator('[data-qari="close"]').click();
  await expect(view.locator('[data-qari="article"]')).toHaveCount(0);
  await command('toggle-reader', page);
  await expect(body).toContainText('وقال زعيم الكرملين');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(top - 40);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeLessThan(top + 40);
});
