import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedGold, SEED_PAGE } from './gold';
import { startQari, until, type Qari } from './qari';

/*
 * The page cannot look into the full-page view, in Firefox too
 * (entrypoints/reader.content/seal.ts; tests/e2e/sealed.spec.ts has the
 * Chromium side in full). The test build opens its shadow root for the
 * tests unless the isolated world's `qariTestClosed` is set first: set here,
 * it gives the shipped closed root. What the view shows is read as Qari
 * can, from a script in the tab's content-script sandbox with Firefox's
 * `Element.openOrClosedShadowRoot`.
 */

declare const browser: {
  scripting: { executeScript<T>(i: { target: { tabId: number }; func: () => T }): Promise<Array<{ result: T }>> };
};

const HOST = 'qari-reader-root';

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

test("with the shipped closed shadow root, a page script cannot read the view, restyle it, or hear the keys pressed in it", async () => {
  const mark = qari.mark();
  const page = await qari.open(SEED_PAGE);
  const tabId = await qari.tabIdOf(page);
  await qari.ext(
    (id) => browser.scripting.executeScript({ target: { tabId: id }, func: () => void ((globalThis as { qariTestClosed?: boolean }).qariTestClosed = true) }).then(() => null),
    tabId,
  );
  // The page listens for keys as they bubble, and tries to hide the host with a rule of its own.
  await page.evaluate((id) => {
    (window as unknown as { keys: string[] }).keys = [];
    document.addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key));
    const style = document.createElement('style');
    style.textContent = `html > #${id}#${id} { display: none !important; visibility: hidden !important; }`;
    document.head.append(style);
  }, HOST);
  expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });

  // Qari's side: the view holds the article.
  const title = await until(
    () =>
      qari.ext(
        async (id) => {
          const [frame] = await browser.scripting.executeScript({
            target: { tabId: id },
            func: () => {
              const host = document.getElementById('qari-reader-root') as (HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }) | null;
              return host?.openOrClosedShadowRoot?.querySelector('[data-qari="title"]')?.textContent || null;
            },
          });
          return frame?.result ?? undefined;
        },
        tabId,
      ),
    'the view\'s title, read through the content script',
  );
  expect(title).toBe(seedGold().title);
  // The view takes the focus once its first screen has painted, a frame after the title is there.
  await until(() => page.evaluate((id) => (document.activeElement?.id === id ? true : undefined), HOST), 'the focus in the view');

  // The page's side.
  const found = await page.evaluate((id) => {
    const host = document.getElementById(id)!;
    const style = getComputedStyle(host);
    return {
      shadowRoot: host.shadowRoot === null,
      viewNodes: document.querySelectorAll('[data-qari], .qari').length,
      text: host.textContent + host.innerText,
      attributes: host.getAttributeNames(),
      display: style.display,
      visibility: style.visibility,
      active: document.activeElement?.id,
    };
  }, HOST);
  expect(found).toEqual({ shadowRoot: true, viewNodes: 0, text: '', attributes: ['id'], display: 'block', visibility: 'visible', active: HOST });

  // A key pressed in the view (focus is in it) does not bubble out to the page.
  await page.keyboard.press('x');
  expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([]);
  expect(await qari.command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
  await page.keyboard.press('y');
  expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual(['y']);
  expect(await qari.errorsSince(mark)).toEqual([]);
});
