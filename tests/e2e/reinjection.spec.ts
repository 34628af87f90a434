import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixture, openFixturePath, storedPrefs } from './helpers';

/*
 * Repeated and changing pages. The reader is injected by every popup and
 * every shortcut that finds none; a second injection must adopt the first
 * reader (one endpoint, one view, one set of listeners), and the view must
 * never show an article the page has navigated away from.
 */

/** Full-page view hosts in the page: `#qari-reader-root` elements that carry a shadow root (a page's own element of that id has none). */
const viewHosts = (page: Page) =>
  page.evaluate(() => Array.from(document.querySelectorAll('#qari-reader-root')).filter((el) => el.shadowRoot !== null).length);

const viewArticle = (page: Page) => page.locator('#qari-reader-root [data-qari="article"]');
const viewTitle = (page: Page) => page.locator('#qari-reader-root [data-qari="title"]');

test.describe('the reader injected more than once', () => {
  test('two popups opened at once on a tab, then the shortcut, give exactly one full-page view; the shortcut again closes it', async ({ context, server, openPopup, command }) => {
    const page = await openFixture(context, server);
    const [a, b] = await Promise.all([openPopup(page), openPopup(page)]);
    await expect(a.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
    await expect(b.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');

    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await expect(viewArticle(page)).toContainText('وقال زعيم الكرملين');
    expect(await viewHosts(page)).toBe(1);

    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
    expect(await viewHosts(page)).toBe(0);
  });

  test("the popup's Full page button, then the shortcut, closes the view: one toggle state, not two", async ({ context, server, openPopup, command }) => {
    const page = await openFixture(context, server);
    const popup = await openPopup(page);
    await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
    const closed = popup.waitForEvent('close');
    await popup.locator('[data-qari="open-full-page"]').click();
    await closed;
    await expect(viewArticle(page)).toContainText('وقال زعيم الكرملين');
    expect(await viewHosts(page)).toBe(1);

    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
    expect(await viewHosts(page)).toBe(0);
  });

  test('after popup, popup, shortcut, shortcut, popup, one + in the full-page view adds exactly 1 to the size, and Escape closes it once', async ({
    context,
    server,
    worker,
    openPopup,
    command,
  }) => {
    const page = await openFixture(context, server);
    const p1 = await openPopup(page);
    await expect(p1.locator('[data-qari="article"]')).toBeVisible();
    const p2 = await openPopup(page);
    await expect(p2.locator('[data-qari="article"]')).toBeVisible();
    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
    const p3 = await openPopup(page);
    await expect(p3.locator('[data-qari="article"]')).toBeVisible();
    // The popups stay open: each watches the stored preferences too, and none may echo a change back.
    await page.bringToFront();

    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await expect(viewArticle(page)).toBeVisible();
    expect(await viewHosts(page)).toBe(1);
    const before = (await storedPrefs(worker)).fontSize ?? 20;
    await page.keyboard.press('+');
    await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(Number(before) + 1);
    // A second listener would have written +2 in the same event. No fixed
    // wait for a stray write, however slow the machine: a later key is the
    // barrier. Q's write goes out after every write the + keydown made (one
    // renderer, one ordered queue to storage), and each popup takes the
    // changes in order, so once Q's is stored and every popup has drawn it,
    // any stray write for + (or a popup's echo of it) went out before.
    const quotesBefore = (await storedPrefs(worker)).quotes === true;
    await page.keyboard.press('q');
    await expect.poll(async () => (await storedPrefs(worker)).quotes === true, { message: 'Q toggled quote mode once' }).toBe(!quotesBefore);
    // The quotation panel is drawn while quote mode is on.
    for (const popup of [p1, p2, p3]) await expect(popup.locator('[data-qari="quotes"]')).toHaveCount(quotesBefore ? 0 : 1);
    expect((await storedPrefs(worker)).fontSize).toBe(Number(before) + 1);

    // The page counts its own Escape presses: the view takes Escape for itself.
    await page.evaluate(() => {
      (window as unknown as { escapes: number }).escapes = 0;
      window.addEventListener('keydown', (e) => e.key === 'Escape' && (window as unknown as { escapes: number }).escapes++);
    });
    await page.keyboard.press('Escape');
    expect(await viewHosts(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { escapes: number }).escapes), 'the page saw the Escape that closed the view').toBe(0);
    // The reader knows the view is closed: the next shortcut opens it (a stale "open" state would close nothing and answer open: false).
    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    expect(await viewHosts(page)).toBe(1);
  });
});

test.describe('a single-page site that navigates', () => {
  const SPA = '/spa/article.html';
  const FIRST = 'مهرجان الكتاب يفتتح دورته العشرين في عمّان';
  const SECOND = 'أمطار غزيرة تغلق طرقاً رئيسية في شمال المملكة';

  test('history.pushState to another story closes the full-page view; opened again it shows the new story', async ({ context, server, command }) => {
    const page = await openFixturePath(context, server, SPA);
    await command('toggle-reader', page);
    await expect(viewTitle(page)).toHaveText(FIRST);

    await page.evaluate(() => (window as unknown as { qariSpa: { next(): void } }).qariSpa.next());
    expect(page.url()).toMatch(/\?page=2$/);
    await expect(page.locator('#story h1')).toHaveText(SECOND);
    await expect.poll(() => viewHosts(page), { message: 'the view closes after pushState' }).toBe(0);
    // The page is given back: not inert, scrollable.
    expect(await page.evaluate(() => document.body.inert)).toBe(false);

    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await expect(viewTitle(page)).toHaveText(SECOND);
    await expect(viewArticle(page)).not.toContainText('مهرجان الكتاب');
  });

  test('going back (popstate) closes the full-page view at once', async ({ context, server, command }) => {
    const page = await openFixturePath(context, server, SPA);
    await page.evaluate(() => (window as unknown as { qariSpa: { next(): void } }).qariSpa.next());
    await command('toggle-reader', page);
    await expect(viewTitle(page)).toHaveText(SECOND);

    await page.evaluate(() => history.back());
    await expect(page.locator('#story h1')).toHaveText(FIRST);
    await expect.poll(() => viewHosts(page), { message: 'the view closes on popstate' }).toBe(0);

    expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await expect(viewTitle(page)).toHaveText(FIRST);
  });

  test('after pushState the view closes and never comes back over the new story', async ({ context, server, command }) => {
    // Sample every animation frame from the moment the page swaps its story.
    // The view stays up (still covering the page, still showing the first
    // story) until the navigation watch's next poll: the product checks
    // location every 400 ms, as pushState fires no event. Then it must be
    // gone, and stay gone through the watch's next polls. Sampling goes on
    // until the view has been gone for a second (more than two polls,
    // however slow the machine makes each frame), at most 60 s; how soon it
    // closes is not timed here.
    const page = await openFixturePath(context, server, SPA);
    await command('toggle-reader', page);
    await expect(viewTitle(page)).toHaveText(FIRST);
    const frames = await page.evaluate(async () => {
      const seen: Array<{ t: number; host: boolean; title: string }> = [];
      const start = performance.now();
      let goneAt = Infinity;
      (window as unknown as { qariSpa: { next(): void } }).qariSpa.next();
      while (performance.now() - start < 60_000 && performance.now() - goneAt < 1000) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const host = Array.from(document.querySelectorAll('#qari-reader-root')).find((el) => el.shadowRoot);
        const title = host?.shadowRoot?.querySelector('[data-qari="title"]')?.textContent ?? '';
        const t = performance.now() - start;
        if (!host && goneAt === Infinity) goneAt = performance.now();
        seen.push({ t: Math.round(t), host: !!host, title });
      }
      return seen;
    });
    const closedAt = frames.find((f) => !f.host)?.t;
    expect(closedAt, 'the view closed').toBeDefined();
    // Until it closed, the view showed the story it was opened on, never the new one.
    expect(frames.filter((f) => f.host && f.title !== FIRST)).toEqual([]);
    const afterClose = frames.filter((f) => f.t >= closedAt!);
    expect(afterClose.length, 'frames sampled after closing').toBeGreaterThan(1);
    expect(afterClose.filter((f) => f.host), 'the view came back after closing').toEqual([]);
  });

  test('a jump to an anchor in the same page (#hash) leaves the full-page view open', async ({ context, server, command }) => {
    const page = await openFixturePath(context, server, SPA);
    await command('toggle-reader', page);
    await expect(viewTitle(page)).toHaveText(FIRST);
    await page.evaluate(() => (location.hash = 'comments'));
    // Longer than the watch's 400 ms interval, twice. However busy the
    // machine, the page's timer cannot run before the watch's polls that fell
    // due earlier: timers run in the order they fall due.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(await viewHosts(page)).toBe(1);
    await expect(viewTitle(page)).toHaveText(FIRST);
  });
});
