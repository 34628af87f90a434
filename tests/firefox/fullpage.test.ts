import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedGold, SEED_PAGE, shownArticle, squash } from './gold';
import { startQari, until, wholeView, type Qari } from './qari';

/*
 * The full-page view, toggled by Qari's keyboard command. A shortcut cannot
 * be pressed over WebDriver BiDi: the test calls the command's handler in
 * the background page (qariTest.command, the very function
 * commands.onCommand runs).
 */

declare const browser: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };

const HOST = '#qari-reader-root';

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

describe('the full-page view in Firefox', () => {
  test('the toggle command has Alt+Shift+K as its shortcut', async () => {
    const commands = await qari.ext(() => browser.commands.getAll(), null);
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+Shift+K');
  });

  test('the toggle command opens the seed article over the page, right to left, and closes it again', async () => {
    const mark = qari.mark();
    const gold = seedGold();
    const page = await qari.open(SEED_PAGE);
    await page.evaluate(() => window.scrollTo(0, 400));

    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    const shown = await shownArticle(page, HOST);
    expect(shown.title).toBe(gold.title);
    expect(shown.dir).toBe('rtl');
    expect(shown.direction).toBe('rtl');
    for (const line of gold.text) expect(shown.body, `text missing: ${line}`).toContain(squash(line));
    for (const snippet of gold.absent) expect(shown.all, `clutter shown: ${snippet}`).not.toContain(snippet);
    // The page behind does not scroll while the view is open: its stylesheet is held a frame after the view's first paint (overlay.tsx), so wait for it.
    await until(() => page.evaluate(() => (getComputedStyle(document.documentElement).overflow === 'hidden' ? true : undefined)), 'the page behind to stop scrolling');
    // The rest of the view's code arrives (the background injects it after the first screen): the toolbar comes alive.
    await wholeView(page);

    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
    await until(() => page.evaluate((host) => (document.querySelector(host) ? undefined : true), HOST), 'the view to close');
    expect(await page.evaluate(() => window.scrollY)).toBe(400);
    expect(await qari.errorsSince(mark)).toEqual([]);
  });

  test('on a page with no article the view says so', async () => {
    const mark = qari.mark();
    const page = await qari.open('/not-articles/search.html');
    const [title, detail] = [await qari.message('noArticleTitle'), await qari.message('reason_no_article')];
    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    const shown = await until(
      () =>
        page.evaluate((host) => {
          const root = document.querySelector(host)?.shadowRoot;
          const message = root?.querySelector('[data-qari="message"]');
          if (!root || !message || message.hasAttribute('aria-busy')) return undefined;
          return {
            title: message.querySelector('h1')?.textContent,
            detail: message.querySelector('p')?.textContent,
            articles: root.querySelectorAll('[data-qari="article"]').length,
          };
        }, HOST),
      'the view\'s message',
    );
    expect(shown).toEqual({ title, detail, articles: 0 });
    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
    expect(await qari.errorsSince(mark)).toEqual([]);
  });
});
