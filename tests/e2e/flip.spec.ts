import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixture } from './helpers';
import { HOST, articleShown, expectedDirection, goldOf, shownBlocks } from './rtl-helpers';

/*
 * The flip control: D, or the toolbar's button, lays the article out in the
 * other direction when Qari got it wrong, and the site remembers it (one
 * item in the local area); flipping back, or forgetting the site on the
 * options page, returns to the article's own direction.
 */

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

const sitesStored = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.local.get('siteDirections')).siteDirections ?? {});

test('D flips every block of the article, the site keeps the direction in both views, and flipping back forgets it', async ({ context, server, worker, openPopup, command }) => {
  const gold = goldOf('mixed-latin');
  const page = await openFixture(context, server, 'mixed-latin');
  await command('toggle-reader', page);
  await articleShown(page, HOST);
  const flip = page.locator(`${HOST} [data-qari="flip-direction"]`);
  await expect(flip).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('d');
  await expect(page.locator(`${HOST} [data-qari="article"]`)).toHaveAttribute('dir', 'ltr');
  await expect(flip).toHaveAttribute('aria-pressed', 'true');
  const flipped = await shownBlocks(page, HOST);
  expect(flipped.length).toBeGreaterThan(10);
  for (const block of flipped) expect(block.direction, block.text.slice(0, 50)).toBe('ltr');
  expect(await page.locator(`${HOST} [data-qari="title"]`).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect.poll(() => sitesStored(worker)).toEqual({ '127.0.0.1': 'ltr' });

  // Another article of the same site, in the popup: laid out as the site asked.
  const other = await openFixture(context, server, 'ramadan-verse');
  const popup = await openPopup(other);
  await articleShown(popup, null);
  await expect(popup.locator('[data-qari="article"]')).toHaveAttribute('dir', 'ltr');
  for (const block of await shownBlocks(popup, null)) expect(block.direction).toBe('ltr');

  // The popup's toolbar button flips it back: the site is forgotten, each block has its own direction again.
  await popup.locator('[data-qari="flip-direction"]').click();
  await expect(popup.locator('[data-qari="article"]')).toHaveAttribute('dir', 'rtl');
  await expect.poll(() => sitesStored(worker)).toEqual({});
  for (const block of await shownBlocks(page, HOST)) expect(block.direction, block.text.slice(0, 50)).toBe(expectedDirection(gold, block.text));
});

test('the options page lists the sites with a set direction and forgets one', async ({ context, worker, extensionId }) => {
  await worker.evaluate(() => chrome.storage.local.set({ siteDirections: { 'news.example': 'ltr', 'akhbar.example': 'rtl' } }));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const sites = options.locator('[data-qari="sites"] li');
  await expect(sites).toHaveCount(2);
  await expect(sites.nth(0)).toHaveAttribute('data-site', 'akhbar.example');
  await expect(sites.nth(1)).toContainText('news.example');
  await expect(sites.nth(1)).toContainText('left to right');
  await sites.nth(1).getByRole('button', { name: 'Forget the direction set for news.example' }).click();
  await expect(sites).toHaveCount(1);
  await expect.poll(() => sitesStored(worker)).toEqual({ 'akhbar.example': 'rtl' });
});
