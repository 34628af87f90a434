import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shownArticle } from './gold';
import { startQari, type Qari } from './qari';

/*
 * Each block in the direction of most of its letters, in Firefox too: on
 * the page of Arabic paragraphs that start with Latin words (and one English
 * paragraph) and on a Persian, an Urdu and a Hebrew article, the computed
 * direction of every block, in the popup and in the full-page view.
 */

interface Gold {
  dir: string;
  text: string[];
  ltr?: string[];
}

const PAGES = ['mixed-latin', 'persian-tech', 'urdu-smog', 'hebrew-festival'];
const goldOf = (slug: string) => JSON.parse(readFileSync(new URL(`../fixtures/pages/${slug}.expected.json`, import.meta.url), 'utf8')) as Gold;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, td, th, dt, dd';
const HOST = '#qari-reader-root';

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

/** Every innermost block shown, with its computed direction. */
function blocks(page: Awaited<ReturnType<Qari['open']>>, host: string | null) {
  return page.evaluate(
    (hostSelector, selector) => {
      const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
      return [...root.querySelector('[data-qari="article"]')!.querySelectorAll(selector)]
        .filter((el) => el.textContent!.trim() && !el.querySelector(selector))
        .map((el) => ({ text: el.textContent!.replace(/\s+/g, ' ').trim(), direction: getComputedStyle(el).direction }));
    },
    host,
    BLOCKS,
  );
}

describe('block directions in Firefox', () => {
  test.each(PAGES)('every block of %s has the direction of most of its letters, in the popup and the full-page view', async (slug) => {
    const gold = goldOf(slug);
    const mark = qari.mark();
    const page = await qari.open(`/pages/${slug}.html`);
    const popup = await qari.popupFor(page);
    await shownArticle(popup);
    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await shownArticle(page, HOST);
    for (const [view, host] of [
      [popup, null],
      [page, HOST],
    ] as const) {
      const shown = await blocks(view, host);
      for (const line of gold.text) expect(shown.map((b) => b.text), `shown: ${line}`).toContain(line);
      for (const block of shown) expect(block.direction, `${host ? 'full page' : 'popup'}: ${block.text.slice(0, 60)}`).toBe(gold.ltr?.includes(block.text) ? 'ltr' : gold.dir);
    }
    await popup.close();
    await page.close();
    expect(await qari.errorsSince(mark)).toEqual([]);
  });
});
