import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openFixture, storePrefs } from './helpers';

/**
 * What the view hands to the clipboard. Permissions cannot be granted to an
 * extension's origin in a test, so writeText is observed instead of the OS clipboard.
 */
async function watchClipboard(popup: import('@playwright/test').Page) {
  await popup.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
  });
  return async () => popup.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
}

test('copy as text and as Markdown put the article on the clipboard, right-to-left text intact', async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await popup.locator('[data-qari="share-toggle"]').click();
  const clipboard = await watchClipboard(popup);

  await popup.locator('[data-qari="copy-text"]').click();
  await expect(popup.locator('[data-qari="share"] [role="status"]')).toHaveText('Copied');
  await expect.poll(clipboard).not.toBe('');
  const text = await clipboard();
  expect(text.split('\n')[0]).toBe('أعلن بوتين محور محادثاته مع بايدن');
  expect(text).toContain('Source: وكالة ايسنا للأنباء');
  expect(text).toContain('وقال زعيم الكرملين: “قبل الاحتفالات رفيعة المستوى');

  await popup.locator('[data-qari="copy-markdown"]').click();
  // The Markdown converter loads on first use: the copy lands a moment later.
  await expect.poll(clipboard).toMatch(/^# أعلن بوتين محور محادثاته مع بايدن/);
  const markdown = await clipboard();
  expect(markdown).toMatch(/\[Original article\]\(http:\/\/127\.0\.0\.1:\d+\/pages\/isna-wordpress\.html/);
  expect(markdown).toContain('وقال زعيم الكرملين');
});

test('save as HTML gives one file that opens offline with the same direction and typography', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { font: 'amiri', theme: 'sepia', fontSize: 24 });
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await popup.locator('[data-qari="share-toggle"]').click();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-qari="save-html"]').click()]);
  expect(download.suggestedFilename()).toBe('أعلن-بوتين-محور-محادثاته-مع-بايدن.html');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toContain("@font-face{font-family:'Qari Amiri'");
  expect(html).not.toMatch(/<script/i);

  // Opened from disk with the network cut: the embedded font renders it, right to left.
  const offline = await context.newPage();
  await offline.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await offline.goto(`file://${file}`);
  await offline.evaluate(() => document.fonts.ready);
  expect(await offline.evaluate(() => document.fonts.check('24px "Qari Amiri"', 'قال'))).toBe(true);
  const body = offline.locator('.qari-body');
  await expect(body).toContainText('وقال زعيم الكرملين');
  expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await offline.locator('.qari-body p').first().evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Qari Amiri');
  expect(await offline.locator('.qari').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(246, 239, 224)');
  await expect(offline.locator('.qari-title')).toHaveText('أعلن بوتين محور محادثاته مع بايدن');
});

test('printing the full-page view prints the article alone, with its header and link, on as many pages as it needs', async ({ context, server, worker, command }) => {
  await storePrefs(worker, { theme: 'dark' });
  const page = await openFixture(context, server);
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  await expect(view.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
  await expect(view.locator('.qari-bar')).toBeHidden();
  await expect(view.locator('[data-qari="article"]')).toBeVisible();
  await expect(view.locator('[data-qari="title"]')).toBeVisible();
  expect(await view.locator('[data-qari="original"]').evaluate((el) => getComputedStyle(el, '::after').content)).toContain('isna-wordpress.html');
  expect(await view.locator('.qari').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
  // Back on screen, the view is as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(view.locator('.qari-bar')).toBeVisible();
});

test("the popup's print button prints the article in the tab's full-page view", async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await popup.locator('[data-qari="share-toggle"]').click();
  await popup.locator('[data-qari="print"]').click();
  await expect(page.locator('#qari-reader-root [data-qari="article"]')).toBeVisible();
  // The reader marks the moment it calls window.print (headless Chromium shows no dialog).
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('qari:print').length)).toBe(1);
});
