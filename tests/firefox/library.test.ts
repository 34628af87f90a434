import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_PAGE } from './gold';
import { hrefOf, startQari, until, wholeView, type Qari } from './qari';

/*
 * The library in Firefox: an article saved from the popup and from the
 * full-page view (IndexedDB in the extension's origin, through the
 * background's event page), then found and opened on the library page.
 */

/** The extension API inside `qari.ext` callbacks (they run in Qari's control page). */
declare const browser: { tabs: { create(o: { url: string }): Promise<unknown> }; runtime: { getURL(path: string): string } };

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

/** The text of `selector` in `page` (through the full-page view's open shadow root when `host` is given) once it holds something. */
const textOf = (page: Page, selector: string, host?: string) =>
  until(
    () =>
      page.evaluate(
        (s, h) => {
          const root = h ? document.querySelector(h)?.shadowRoot : document;
          return root?.querySelector(s)?.textContent?.trim() || undefined;
        },
        selector,
        host ?? '',
      ),
    selector,
  );

async function libraryPage(): Promise<Page> {
  const path = `/library.html?flib=${Date.now()}`;
  await qari.ext((p) => browser.tabs.create({ url: browser.runtime.getURL(p) }).then(() => null), path);
  return until(async () => {
    for (const candidate of await qari.browser.pages()) if ((await hrefOf(candidate))?.endsWith(path)) return candidate;
    return undefined;
  }, 'the library page');
}

describe('the library in Firefox', () => {
  test('saves from the popup and from the full-page view, and the library page lists, finds and opens the articles right to left', async () => {
    const mark = qari.mark();
    const saved = await qari.message('savedToLibrary');

    const seed = await qari.open(SEED_PAGE);
    const popup = await qari.popupFor(seed);
    await until(() => popup.evaluate(() => (document.querySelector('[data-qari="save"]') ? true : undefined)), 'the save button');
    await popup.click('[data-qari="save"]');
    expect(await textOf(popup, '[data-qari="save-status"]')).toBe(saved);
    await popup.close();

    const persian = await qari.open('/pages/persian.html');
    await qari.command('toggle-reader', persian);
    // The whole view's Save button: the first screen draws one too, inert, and it goes when the whole view takes over.
    await wholeView(persian);
    await persian.click('#qari-reader-root >>> [data-qari="save"]');
    expect(await textOf(persian, '[data-qari="save-status"]', '#qari-reader-root')).toBe(saved);

    const library = await libraryPage();
    await until(() => library.evaluate(() => (document.querySelectorAll('[data-qari="library-item"]').length === 2 ? true : undefined)), 'two saved articles');
    await library.type('[data-qari="library-search"]', 'اعلن بوتين');
    const found = await until(
      () =>
        library.evaluate(() => {
          const items = document.querySelectorAll('[data-qari="library-item"]');
          return items.length === 1 ? { title: items[0].querySelector('h2')?.textContent, mark: items[0].querySelector('h2 mark')?.textContent } : undefined;
        }),
      'one result',
    );
    expect(found).toEqual({ title: 'أعلن بوتين محور محادثاته مع بايدن', mark: 'أعلن' });
    await library.click('[data-qari="library-open"]');
    const shown = await until(
      () =>
        library.evaluate(() => {
          const article = document.querySelector('[data-qari="library-reader"] .qari-article');
          return article?.querySelector('[data-qari="article"] p') ? { dir: article.getAttribute('dir'), direction: getComputedStyle(article).direction, text: article.textContent } : undefined;
        }),
      'the saved article in the reader',
    );
    expect(shown.dir).toBe('rtl');
    expect(shown.direction).toBe('rtl');
    expect(shown.text).toContain('وقال زعيم الكرملين');
    await library.close();
    expect(await qari.errorsSince(mark)).toEqual([]);
  });
});
