import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { THEME_BACKGROUND, computed, controls, openFixture, storedPrefs } from './helpers';

/*
 * The full-page view over a tab: what it does to the page behind (nothing
 * lasting), how it opens and closes, and how it follows settings made
 * elsewhere while it stays open.
 */

const host = (page: Page) => page.locator('#qari-reader-root');
const viewArticle = (page: Page) => page.locator('#qari-reader-root [data-qari="article"]');
const viewSurface = (page: Page) => page.locator('#qari-reader-root .qari');
const viewParagraph = (page: Page) => page.locator('#qari-reader-root [data-qari="article"] p').first();

async function openView(command: (name: string, page: Page) => Promise<unknown>, page: Page) {
  await command('toggle-reader', page);
  await expect(viewArticle(page)).toContainText('وقال زعيم الكرملين');
}

test('the page behind the full-page view does not scroll while the view is open', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await page.evaluate(() => window.scrollTo(0, 400));
  await openView(command, page);
  const scroller = page.locator('#qari-reader-root [data-qari="scroll"]');

  // Wheel over the view: the reader scrolls, the page does not, even past the reader's end.
  await page.mouse.move(600, 400);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 2000);
  await expect
    .poll(() => scroller.evaluate((el) => Math.ceil(el.scrollTop + el.clientHeight) >= el.scrollHeight))
    .toBe(true);
  await page.mouse.wheel(0, 2000);
  // Keys that scroll a page scroll the reader instead.
  for (const key of ['PageDown', 'End', 'Space', 'ArrowDown', 'Home', 'PageUp']) await page.keyboard.press(key);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.scrollY)).toBe(400);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
});

test('Escape closes the full-page view and gives back the scroll position, the focus and the page without a reload', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  // A field of the page's own comment form has the focus; the page is scrolled elsewhere.
  await page.locator('#comment').focus();
  await page.evaluate(() => window.scrollTo(0, 1234));
  expect(await page.evaluate(() => window.scrollY)).toBe(1234);
  const styleBefore = await page.evaluate(() => [document.documentElement.style.cssText, document.body.style.cssText]);

  await openView(command, page);
  // The reader clicks into the view (see the expected failure below for the focus on opening).
  await page.locator('#qari-reader-root [data-qari="settings-toggle"]').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('qari-reader-root');

  await page.keyboard.press('Escape');
  await expect(host(page)).not.toBeAttached();
  expect(await page.evaluate(() => window.scrollY)).toBe(1234);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(await page.evaluate(() => [document.documentElement.style.cssText, document.body.style.cssText])).toEqual(styleBefore);
});

test('a link that had the focus gets it back when the view closes', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  const link = page.locator('.entry-content a[href]').first();
  await link.focus();
  const href = await link.getAttribute('href');
  await page.evaluate(() => window.scrollTo(0, 700));
  await openView(command, page);
  await page.locator('#qari-reader-root [data-qari="scroll"]').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Escape');
  await expect(host(page)).not.toBeAttached();
  expect(await page.evaluate(() => window.scrollY)).toBe(700);
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))).toBe(href);
});

/*
 * Opening the view moves the focus into it (ReaderView focuses its scroll
 * area as it mounts), so Escape closes it at once even when a page field had
 * the focus, and + and - never type into that field.
 * (Once a known bug, hence the detail.)
 */
test('opening the view moves the focus into it, so Escape closes it at once even when a page field had the focus', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await page.locator('#comment').focus();
  await openView(command, page);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('qari-reader-root');
  await page.keyboard.press('+');
  await page.keyboard.press('Escape');
  await expect(host(page)).not.toBeAttached();
  expect(await page.locator('#comment').inputValue()).toBe('');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
});

/*
 * The page goes inert a frame after the view's first paint (its restyle
 * waits for the article); until then the view keeps the focus off the page
 * itself, so a page script that grabs the focus for its own field gets
 * nothing in those frames either.
 */
test('a page script that focuses its own field every frame and every task gets no key typed as the view opens', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await page.evaluate(() => {
    const field = document.getElementById('comment') as HTMLTextAreaElement;
    const grab = () => {
      field.focus();
      requestAnimationFrame(grab);
    };
    grab();
    setInterval(() => field.focus(), 0);
  });
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
  await command('toggle-reader', page);
  // Typed as soon as the command is done, before the view has painted.
  await page.keyboard.type('xyz');
  await expect(viewArticle(page)).toContainText('وقال زعيم الكرملين');
  await expect.poll(() => page.evaluate(() => document.body.inert)).toBe(true);
  await page.keyboard.type('xyz');
  expect(await page.locator('#comment').inputValue()).toBe('');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('qari-reader-root');
});

/*
 * The view covers the page and keeps the keyboard focus: the page behind is
 * inert and Tab wraps around inside the view (the reader keys' focus trap,
 * hooks/useReaderKeys.ts). (Once a known bug, hence the detail.)
 */
test('Tab keeps the focus inside the full-page view', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await openView(command, page);
  await page.locator('#qari-reader-root [data-qari="settings-toggle"]').focus();
  const count = await page.locator('#qari-reader-root').evaluate((el) => el.shadowRoot!.querySelectorAll('a[href], button, input, select').length);
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id), `focus after ${i + 1} Tab presses`).toBe('qari-reader-root');
  }
});

test('pressing the shortcut twice opens the view and then closes it', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
  await expect(viewArticle(page)).toBeVisible();
  expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
  await expect(host(page)).not.toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
});

test("the popup's Full page button opens the full-page view in the tab it reads", async ({ context, server, openPopup }) => {
  const other = await openFixture(context, server, 'figures');
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  const closed = popup.waitForEvent('close');
  await popup.locator('[data-qari="open-full-page"]').click();
  await expect(viewArticle(page)).toContainText('وقال زعيم الكرملين');
  await expect(page.locator('#qari-reader-root [data-qari="title"]')).toHaveText('أعلن بوتين محور محادثاته مع بايدن');
  // Like the toolbar popup, it closes itself once the view is open.
  await closed;
  await expect(host(other)).not.toBeAttached();
});

test('a change in the options page shows at once in a full-page view already open in another tab', async ({ context, server, command, extensionId }) => {
  const page = await openFixture(context, server);
  await openView(command, page);
  // Mark the view: the same element must still be there afterwards (no reopen).
  await host(page).evaluate((el) => ((el as unknown as { __probe: number }).__probe = 1));
  expect(await computed(viewParagraph(page), 'font-size')).toBe('20px');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const c = controls(options, 'qari-options');
  await c.theme('dark').click();
  for (let i = 0; i < 6; i++) await c.larger.click();
  await expect(c.size).toHaveText('26px');

  await expect(viewSurface(page)).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => computed(viewSurface(page), 'background-color')).toBe(THEME_BACKGROUND.dark);
  await expect.poll(() => computed(viewParagraph(page), 'font-size')).toBe('26px');
  expect(await host(page).evaluate((el) => (el as unknown as { __probe?: number }).__probe)).toBe(1);
  // The options page's own preview follows as well.
  const preview = options.locator('[data-qari="preview"] .qari');
  await expect(preview).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => computed(options.locator('[data-qari="preview"] [data-qari="article"] p'), 'font-size')).toBe('26px');
});

test('the reset button restores the defaults in the options page, an open full-page view and an open popup', async ({ context, server, command, extensionId, openPopup, worker }) => {
  const page = await openFixture(context, server);
  const second = await openFixture(context, server);
  await openView(command, page);
  const popup = await openPopup(second);
  await expect(popup.locator('[data-qari="article"]')).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const c = controls(options, 'qari-options');
  await c.theme('dark').click();
  await c.larger.click();
  await c.larger.click();
  await c.font.selectOption('kufi');
  await c.width('wide').click();
  await c.justify.check();
  await c.diacritics('hide').click();
  await c.numerals.selectOption('arabic');
  await c.images.uncheck();
  await expect(viewSurface(page)).toHaveAttribute('data-theme', 'dark');
  await expect(popup.locator('.qari')).toHaveAttribute('data-theme', 'dark');
  await expect(viewArticle(page)).toContainText('١٦ يونيو');
  await expect.poll(async () => Object.keys(await storedPrefs(worker)).length).toBeGreaterThan(0);

  await options.locator('[data-qari="reset"]').click();

  // Nothing stays stored: every preference reads as its default again.
  await expect.poll(async () => Object.keys(await storedPrefs(worker)).filter((k) => !k.endsWith('$'))).toEqual([]);
  // The options page.
  await expect(c.theme('auto')).toHaveAttribute('aria-pressed', 'true');
  await expect(c.size).toHaveText('20px');
  await expect(c.font).toHaveValue('naskh');
  await expect(c.width('medium')).toHaveAttribute('aria-pressed', 'true');
  await expect(c.justify).not.toBeChecked();
  await expect(c.diacritics('show')).toHaveAttribute('aria-pressed', 'true');
  await expect(c.numerals).toHaveValue('page');
  await expect(c.images).toBeChecked();
  // The full-page view and the popup, both still open.
  for (const root of [page.locator('#qari-reader-root'), popup.locator('body')]) {
    const surface = root.locator('.qari');
    const p = root.locator('[data-qari="article"] p').first();
    await expect(surface).toHaveAttribute('data-theme', 'auto');
    await expect(surface).toHaveAttribute('data-width', 'medium');
    await expect(surface).toHaveAttribute('data-justify', 'false');
    await expect.poll(() => computed(surface, 'background-color')).toBe(THEME_BACKGROUND.light);
    await expect.poll(() => computed(p, 'font-size')).toBe('20px');
    await expect.poll(() => computed(p, 'font-family')).toContain('Qari Naskh');
    await expect(root.locator('[data-qari="article"]')).toContainText('16 يونيو');
    await expect(root.locator('[data-qari="article"]')).toContainText('أيضًا');
    await expect(root.locator('[data-qari="article"] img[src]')).toHaveCount(1);
  }
});
