import type { Locator, Page } from '@playwright/test';

/** The reading fixture (tests/fixtures/reading/libraries.html): an Arabic article with four subheadings. */
export const READING = '/reading/libraries.html';

/** The element whose (test build: open) shadow root holds the full-page view. */
export const HOST = '#qari-reader-root';

/** The view's surface: the popup's document or the full-page view's shadow root. */
export const viewOf = (page: Page, host: string | null): Locator => (host ? page.locator(host).locator('.qari') : page.locator('.qari'));

/**
 * Selects the article's text from the start of `from` to the end of `to`
 * (both as the body's text has them), as a user's drag would leave it, in
 * the popup's document or in the full-page view's shadow root.
 */
export async function selectText(page: Page, host: string | null, from: string, to = from): Promise<void> {
  // In the full-page view, the whole view and not its first screen, whose selection bar and keys come
  // with the rest of the view's code (reader.content/view-code.ts; first-screen.spec tests a selection kept across).
  if (host) await page.locator(host).locator('.qari-controls:not([inert]) [data-qari="settings-toggle"]').waitFor();
  // Once Qari's faces are in: their arrival lays the text out again, which moves the selection and its bar.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(
    ([hostSelector, a, b]) => {
      const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
      const body = root.querySelector('[data-qari="article"]')!;
      const text = body.textContent!;
      const start = text.indexOf(a);
      const end = text.indexOf(b, start) + b.length;
      if (start < 0 || end < b.length) throw new Error(`no "${a}" … "${b}" in the article`);
      const point = (offset: number): [Node, number] => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        let at = 0;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (offset <= at + n.data.length) return [n, offset - at];
          at += n.data.length;
        }
        throw new Error('offset out of the article');
      };
      const [sn, so] = point(start);
      const [en, eo] = point(end);
      // A user selects what is in view.
      sn.parentElement!.scrollIntoView({ block: 'center' });
      document.getSelection()!.setBaseAndExtent(sn, so, en, eo);
    },
    [host, from, to] as const,
  );
}

/** The text of each highlight shown (its pieces joined), in article order, with its colour and whether it has a note. */
export function shownHighlights(page: Page, host: string | null): Promise<Array<{ text: string; color: string; note: boolean }>> {
  return page.evaluate((hostSelector) => {
    const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
    const byId = new Map<string, { text: string; color: string; note: boolean }>();
    for (const mark of root.querySelectorAll<HTMLElement>('[data-qari="article"] mark[data-qari-hl]')) {
      const id = mark.dataset.qariHl!;
      const entry = byId.get(id) ?? { text: '', color: mark.dataset.color!, note: mark.hasAttribute('data-note') };
      entry.text += mark.textContent;
      byId.set(id, entry);
    }
    return [...byId.values()];
  }, host);
}

/** The article's text and each block's computed direction: what a highlight must leave as it was. */
export function articleState(page: Page, host: string | null): Promise<{ text: string; dirs: string[] }> {
  return page.evaluate((hostSelector) => {
    const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
    const body = root.querySelector('[data-qari="article"]')!;
    return { text: body.textContent!, dirs: [...body.querySelectorAll('p, h2, h3, li')].map((el) => getComputedStyle(el).direction) };
  }, host);
}
