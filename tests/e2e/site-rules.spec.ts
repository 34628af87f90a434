import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixturePath } from './helpers';

/*
 * Fixes that stay fixed: remove a block in edit mode (mouse and keyboard),
 * undo, and the same kind of block gone from the next page of the site;
 * choose the article on a page where extraction is wrong, and the chosen
 * part shown on the next page. The sites are invented
 * (tests/fixtures/pages/sites/): every page is on 127.0.0.1, one site.
 */

declare const chrome: { storage: { local: { get(k: null | string): Promise<Record<string, unknown>>; set(o: object): Promise<void> } } };

const view = (page: Page) => page.locator('#qari-reader-root');
const blockOf = (root: ReturnType<Page['locator']>, text: string) => root.locator('[data-qari="article"] [data-qari-block]', { hasText: text });
const storedRules = async (worker: Worker) => ((await worker.evaluate(() => chrome.storage.local.get('siteRules'))).siteRules ?? []) as Array<Record<string, unknown>>;

test('a block removed in the full-page view, undone and removed again, is gone from the next page of the site', async ({ context, server, command, worker }) => {
  const page = await openFixturePath(context, server, '/pages/sites/wadi-1.html');
  await command('toggle-reader', page);
  const reader = view(page);
  const box = blockOf(reader, 'عن الكاتب');
  await expect(box).toBeVisible();
  await reader.locator('[data-qari="edit-toggle"]').click();
  await expect(reader.locator('[data-qari="edit-toggle"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(reader.locator('[data-qari="edit-bar"]')).toBeVisible();
  await box.hover();
  await expect.poll(() => box.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
  await page.screenshot({ path: 'tmp/edit-mode.png' });

  await box.click();
  await expect(box).toHaveCount(0);
  await expect(reader.locator('[data-qari="edit-status"]')).toContainText('Fixed for this site');
  expect(await storedRules(worker)).toEqual([expect.objectContaining({ host: '127.0.0.1', kind: 'remove', selector: '.wadi-writer-box' })]);
  // The article's own paragraphs are all still there.
  await expect(reader.locator('[data-qari="article"]')).toContainText('ويأمل المزارعون');

  await reader.locator('[data-qari="edit-undo"]').click();
  await expect(box).toBeVisible();
  await expect(reader.locator('[data-qari="edit-status"]')).toContainText('Restored');
  expect(await storedRules(worker)).toEqual([]);

  await box.click();
  await expect(box).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(reader.locator('[data-qari="edit-bar"]')).toHaveCount(0);
  await expect(reader).toBeAttached();
  await expect(reader.locator('[data-qari="site-fixed"]')).toBeVisible();

  for (const next of ['wadi-2', 'wadi-3']) {
    const other = await openFixturePath(context, server, `/pages/sites/${next}.html`);
    await expect(other.locator('.wadi-writer-box')).toBeVisible();
    await command('toggle-reader', other);
    const otherView = view(other);
    await expect(otherView.locator('[data-qari="article"]')).toBeVisible();
    await expect(otherView.locator('[data-qari="article"]')).not.toContainText('عن الكاتب');
    await expect(otherView.locator('[data-qari="site-fixed"]')).toBeVisible();
  }
});

test('edit mode works by keyboard alone in the popup, and "fixed for this site" undoes it', async ({ context, server, openPopup, worker }) => {
  const page = await openFixturePath(context, server, '/pages/sites/wadi-2.html');
  const popup = await openPopup(page);
  await expect(blockOf(popup.locator('body'), 'عن الكاتب')).toBeVisible();
  await popup.locator('[data-qari="article"]').click({ position: { x: 5, y: 5 } });
  await popup.keyboard.press('e');
  await expect(popup.locator('[data-qari="edit-bar"]')).toBeVisible();
  await expect(popup.locator('[data-qari="edit-status"]')).toContainText('blocks');
  // The first block (the page's photo) has the focus; the arrows and Tab go from block to block.
  const focusedText = () => popup.evaluate(() => (document.activeElement?.closest('[data-qari-block]') ? document.activeElement.textContent!.trim().slice(0, 12) : '-'));
  await expect.poll(focusedText).toBe('');
  await popup.keyboard.press('ArrowDown');
  await expect.poll(focusedText).toContain('افتتحت');
  await popup.keyboard.press('ArrowDown');
  await expect.poll(focusedText).toContain('وقال رئيس');
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('Tab');
  await expect.poll(focusedText).toContain('وقال رئيس');
  for (let i = 0; i < 10 && !(await focusedText()).startsWith('عن الكاتب'); i++) await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Delete');
  await expect(blockOf(popup.locator('body'), 'عن الكاتب')).toHaveCount(0);
  // The focus stays in the article, on the block that took its place or the last one.
  await expect.poll(() => popup.evaluate(() => !!document.activeElement?.closest('[data-qari-block]'))).toBe(true);
  expect(await storedRules(worker)).toHaveLength(1);
  await popup.keyboard.press('u');
  await expect(blockOf(popup.locator('body'), 'عن الكاتب')).toBeVisible();
  await popup.keyboard.press('Delete');
  await expect(blockOf(popup.locator('body'), 'عن الكاتب')).toHaveCount(0);
  await popup.keyboard.press('Escape');
  await expect(popup.locator('[data-qari="edit-bar"]')).toHaveCount(0);

  const again = await openPopup(await openFixturePath(context, server, '/pages/sites/wadi-3.html'));
  await expect(again.locator('[data-qari="article"]')).not.toContainText('عن الكاتب');
  await again.locator('[data-qari="site-fixed-undo"]').focus();
  await again.keyboard.press('Enter');
  await expect(blockOf(again.locator('body'), 'عن الكاتب')).toBeVisible();
  expect(await storedRules(worker)).toEqual([]);
});
