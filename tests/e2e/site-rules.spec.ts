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

test('the article chosen on a page where extraction is wrong shows on the next page of the site', async ({ context, server, command, worker }) => {
  const page = await openFixturePath(context, server, '/pages/sites/minbar-1.html');
  await command('toggle-reader', page);
  // Wrong: the readers' comments are read as the article.
  await expect(view(page).locator('[data-qari="article"]')).toContainText('آراء القراء');
  await view(page).locator('[data-qari="edit-toggle"]').click();
  await view(page).locator('[data-qari="edit-pick"]').click();
  await expect(view(page)).toHaveCount(0);
  const picker = page.locator('#qari-picker-root');
  await expect(picker.locator('[role="dialog"]')).toBeVisible();
  await page.locator('.mnb-par').first().hover();
  await expect(picker.locator('[data-qari="picker-status"]')).toContainText('span.mnb-par');
  // A paragraph is too small a part: the picker says so and stays.
  await page.locator('.mnb-par').first().click();
  await expect(picker.locator('[data-qari="picker-status"]')).toContainText('no article in this part');
  await page.locator('.mnb-info').hover();
  await page.keyboard.press('ArrowUp');
  await expect(picker.locator('[data-qari="picker-status"]')).toContainText('div.mnb-story');
  await page.screenshot({ path: 'tmp/picker.png' });
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const article = view(page).locator('[data-qari="article"]');
  await expect(article).toContainText('ميناء الدوحة الجديد');
  await expect(article).not.toContainText('آراء القراء');
  await expect(view(page).locator('[data-qari="site-fixed"]')).toBeVisible();
  expect(await storedRules(worker)).toEqual([expect.objectContaining({ kind: 'pick', selector: '.mnb-story' })]);

  const next = await openFixturePath(context, server, '/pages/sites/minbar-2.html');
  await command('toggle-reader', next);
  const nextArticle = view(next).locator('[data-qari="article"]');
  await expect(nextArticle).toContainText('ويقول باحثون في شؤون المياه');
  await expect(nextArticle).not.toContainText('آراء القراء');
});

test('the picker works by keyboard alone from the popup, and Esc leaves the page as it was', async ({ context, server, openPopup, worker, tabIdOf }) => {
  const page = await openFixturePath(context, server, '/pages/sites/minbar-2.html');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  let popup = await openPopup(page);
  await popup.locator('[data-qari="article"]').click({ position: { x: 5, y: 5 } });
  await popup.keyboard.press('e');
  // Edit mode puts the focus on the first block once it has drawn: only then move it to the button.
  await expect.poll(() => popup.evaluate(() => !!document.activeElement?.closest('[data-qari-block]'))).toBe(true);
  await popup.locator('[data-qari="edit-pick"]').focus();
  // The popup gives way to the page: it closes itself, maybe before the key is up.
  await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Enter').catch(() => {})]);
  const picker = page.locator('#qari-picker-root');
  await expect(picker.locator('[role="dialog"]')).toBeVisible();
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(await storedRules(worker)).toEqual([]);

  popup = await openPopup(page);
  await popup.locator('[data-qari="article"]').click({ position: { x: 5, y: 5 } });
  await popup.keyboard.press('e');
  // Edit mode puts the focus on the first block once it has drawn: only then move it to the button.
  await expect.poll(() => popup.evaluate(() => !!document.activeElement?.closest('[data-qari-block]'))).toBe(true);
  await popup.locator('[data-qari="edit-pick"]').focus();
  // The popup gives way to the page: it closes itself, maybe before the key is up.
  await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Enter').catch(() => {})]);
  await expect(picker.locator('[role="dialog"]')).toBeVisible();
  await page.bringToFront();
  // The picker starts on the page's body; down into the wrapper, then to the story.
  const status = picker.locator('[data-qari="picker-status"]');
  for (let i = 0; i < 6 && !(await status.textContent())?.includes('div.mnb-wrap'); i++) await page.keyboard.press(i === 0 ? 'ArrowDown' : 'ArrowLeft');
  await expect(status).toContainText('div.mnb-wrap');
  await page.keyboard.press('ArrowDown');
  await expect(status).toContainText('div.mnb-story');
  await page.keyboard.press('Enter');
  await expect(view(page).locator('[data-qari="article"]')).not.toContainText('آراء القراء');
  expect(await tabIdOf(page)).toBeGreaterThan(0);
});

const RULES = [
  { host: '127.0.0.1', kind: 'remove', selector: '.wadi-writer-box', text: 'عن الكاتب رنا الحداد صحفية في قسم الاقتصاد', added: Date.UTC(2026, 2, 14) },
  { host: 'minbar-khaleej.example', kind: 'pick', selector: '.mnb-story', text: 'ميناء الدوحة الجديد يستقبل أول سفينة حاويات عملاقة', added: Date.UTC(2026, 3, 2) },
];

test('the options page lists the fixes, exports them, and an import after clearing restores them; a corrupt file changes nothing', async ({ context, extensionId, worker }, testInfo) => {
  await worker.evaluate((rules) => chrome.storage.local.set({ siteRules: rules }), RULES);
  const options = await context.newPage();
  await options.setViewportSize({ width: 1200, height: 1400 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.locator('[data-qari="site-rules"]');
  await expect(section.locator('[data-qari="site-rule"]')).toHaveCount(2);
  await expect(section.locator('[data-qari="site-rule"]').first()).toContainText('127.0.0.1');
  await expect(section.locator('[data-qari="site-rule"]').first()).toContainText('Removes “عن الكاتب');
  await expect(section.locator('[data-qari="site-rule"]').nth(1)).toContainText('Reads as the article');
  await expect(section.locator('[data-qari="site-rule"]').nth(1)).toContainText('2026');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: 'tmp/options-site-rules.png' });

  const [download] = await Promise.all([options.waitForEvent('download'), section.locator('[data-qari="site-rules-export"]').click()]);
  const file = testInfo.outputPath('qari-site-fixes.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe('qari-site-fixes.json');

  for (let n = 2; n > 0; n--) {
    await section.locator('[data-qari="site-rule-delete"]').first().click();
    await expect(section.locator('[data-qari="site-rule"]')).toHaveCount(n - 1);
  }
  await expect(section.locator('[data-qari="site-rules-none"]')).toBeVisible();
  expect(await storedRules(worker)).toEqual([]);

  await section.locator('[data-qari="site-rules-file"]').setInputFiles(file);
  await expect(section.locator('[data-qari="site-rules-note"]')).toContainText('Imported 2');
  await expect(section.locator('[data-qari="site-rule"]')).toHaveCount(2);
  expect(await storedRules(worker)).toEqual(RULES);

  // Corrupt: cut short; and well-formed with one damaged rule. Neither changes anything.
  const { readFileSync } = await import('node:fs');
  const good = readFileSync(file, 'utf8');
  const damaged = JSON.parse(good);
  damaged.rules.push({ ...RULES[0], selector: '.x', kind: 'rewrite' });
  for (const [name, text, message] of [
    ['cut.json', good.slice(0, good.length / 2), 'not valid JSON'],
    ['damaged.json', JSON.stringify(damaged), 'Fix number 3 in this file is damaged (kind)'],
  ] as const) {
    await section.locator('[data-qari="site-rules-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(section.locator('[data-qari="site-rules-note"]')).toContainText(message);
    await expect(section.locator('[data-qari="site-rules-note"]')).toHaveAttribute('role', 'alert');
    await expect(section.locator('[data-qari="site-rule"]')).toHaveCount(2);
    expect(await storedRules(worker)).toEqual(RULES);
  }
});
