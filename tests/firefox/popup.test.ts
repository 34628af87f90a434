import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedGold, SEED_PAGE, shownArticle, squash } from './gold';
import { startQari, until, type Qari } from './qari';

/*
 * The reader as the toolbar button shows it: Qari's popup page rendered for
 * a tab (popup.html?tabId=N, opened by the extension itself, since WebDriver
 * BiDi may not navigate to moz-extension: pages).
 */

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

describe('the popup in Firefox', () => {
  test('shows the seed article right to left, with its title, all its text and none of the clutter', async () => {
    const mark = qari.mark();
    const gold = seedGold();
    const page = await qari.open(SEED_PAGE);
    const popup = await qari.popupFor(page);
    const shown = await shownArticle(popup);
    expect(shown.title).toBe(gold.title);
    expect(shown.dir).toBe('rtl');
    expect(shown.lang).toBe('ar');
    expect(shown.direction).toBe('rtl');
    for (const line of gold.text) expect(shown.body, `text missing: ${line}`).toContain(squash(line));
    for (const snippet of gold.absent) expect(shown.all, `clutter shown: ${snippet}`).not.toContain(snippet);
    await popup.close();
    expect(await qari.errorsSince(mark)).toEqual([]);
  });

  test('says there is no article on a search results page', async () => {
    const mark = qari.mark();
    const page = await qari.open('/not-articles/search.html');
    const popup = await qari.popupFor(page);
    const [title, detail] = [await qari.message('noArticleTitle'), await qari.message('reason_no_article')];
    const shown = await until(
      () =>
        popup.evaluate(() => {
          const message = document.querySelector('[data-qari="message"]');
          if (!message || message.hasAttribute('aria-busy')) return undefined;
          return {
            title: message.querySelector('h1')?.textContent,
            detail: message.querySelector('p')?.textContent,
            articles: document.querySelectorAll('[data-qari="article"]').length,
          };
        }),
      'the popup\'s message',
    );
    expect(shown).toEqual({ title, detail, articles: 0 });
    await popup.close();
    expect(await qari.errorsSince(mark)).toEqual([]);
  });
});
