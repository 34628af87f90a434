import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startQari, until, wholeView, type Qari } from './qari';

/*
 * Highlights in Firefox: made in the full-page view (the selection read in
 * its shadow root, the database the background's), they come back when the
 * page is opened again, and show in the popup.
 */

const HOST = '#qari-reader-root';
const QUOTE = 'وإن المكتبة العامة بيتٌ مفتوح للجميع»';

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

/** The text of each highlight shown, its pieces joined (`host`: in the full-page view's shadow root). */
function shown(page: Page, host: string | null) {
  return page.evaluate((h) => {
    const root = h ? document.querySelector(h)?.shadowRoot : document;
    const marks = [...(root?.querySelectorAll<HTMLElement>('[data-qari="article"] mark[data-qari-hl]') ?? [])];
    const byId = new Map<string, string>();
    for (const m of marks) byId.set(m.dataset.qariHl!, (byId.get(m.dataset.qariHl!) ?? '') + m.textContent);
    return [...byId.values()];
  }, host);
}

const articleShown = (page: Page, host: string | null) =>
  until(() => page.evaluate((h) => ((h ? document.querySelector(h)?.shadowRoot : document)?.querySelector('[data-qari="article"]')?.textContent?.includes('برنامج جديد') ? true : undefined), host), 'the article');

describe('highlights in Firefox', () => {
  test('a highlight made in the full-page view comes back when the page is opened again, and shows in the popup', async () => {
    const mark = qari.mark();
    const page = await qari.open('/reading/libraries.html');
    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await articleShown(page, HOST);
    await wholeView(page);
    await page.evaluate(
      (h, quote) => {
        const body = document.querySelector(h)!.shadowRoot!.querySelector('[data-qari="article"]')!;
        const start = body.textContent!.indexOf(quote);
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const points: Array<[Node, number]> = [];
        let at = 0;
        for (let n = walker.nextNode() as Text | null; n && points.length < 2; n = walker.nextNode() as Text | null) {
          for (const offset of [start, start + quote.length]) if (points.length < 2 && offset === [start, start + quote.length][points.length] && offset <= at + n.data.length) points.push([n, offset - at]);
          at += n.data.length;
        }
        document.getSelection()!.setBaseAndExtent(points[0][0], points[0][1], points[1][0], points[1][1]);
      },
      HOST,
      QUOTE,
    );
    // The selection bar appears by the selection; its green button highlights.
    await until(() => page.evaluate((h) => (document.querySelector(h)!.shadowRoot!.querySelector('[data-qari="selection-bar"]') ? true : undefined), HOST), 'the selection bar');
    await page.evaluate((h) => document.querySelector(h)!.shadowRoot!.querySelector<HTMLButtonElement>('[data-qari="selection-bar"] button[data-color="green"]')!.click(), HOST);
    expect(await until(async () => ((await shown(page, HOST)).length ? shown(page, HOST) : undefined), 'the highlight')).toEqual([QUOTE]);

    await page.reload({ waitUntil: 'load' });
    expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
    await articleShown(page, HOST);
    expect(await until(async () => ((await shown(page, HOST)).length ? shown(page, HOST) : undefined), 'the highlight again')).toEqual([QUOTE]);

    const popup = await qari.popupFor(page);
    await articleShown(popup, null);
    expect(await until(async () => ((await shown(popup, null)).length ? shown(popup, null) : undefined), 'the highlight in the popup')).toEqual([QUOTE]);
    await popup.close();
    expect(await qari.errorsSince(mark)).toEqual([]);
  });
});
