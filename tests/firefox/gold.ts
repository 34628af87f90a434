import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { until } from './qari';

/** The hand-written gold of the seed page (tests/fixtures/pages/isna-wordpress.expected.json). */
export interface Gold {
  title: string;
  dir: string;
  lang: string;
  text: string[];
  absent: string[];
}

export const SEED_PAGE = '/pages/isna-wordpress.html';

export const seedGold = (): Gold => JSON.parse(readFileSync(new URL('../fixtures/pages/isna-wordpress.expected.json', import.meta.url), 'utf8')) as Gold;

/** What a reader view shows the user, read from the document or the shadow root that holds it. */
export interface Shown {
  title: string;
  /** The article body's text, whitespace collapsed. */
  body: string;
  /** Everything the view shows, whitespace collapsed (clutter must be nowhere in it). */
  all: string;
  dir: string;
  lang: string;
  /** The computed CSS direction of the article body. */
  direction: string;
}

/** Collapses runs of white space, as the eye reads them. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Waits until the view in `page` shows an article, then reads it. `host`
 * names the element whose (open, test-build) shadow root holds the view; the
 * popup page's view is the document itself.
 */
export function shownArticle(page: Page, host?: string): Promise<Shown> {
  return until(
    () =>
      page.evaluate((hostSelector) => {
        const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
        const body = root?.querySelector<HTMLElement>('[data-qari="article"]');
        if (!root || !body?.querySelector('p')) return undefined;
        const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
        const views = root instanceof Document ? [root.body] : [...root.children].filter((e): e is HTMLElement => e instanceof HTMLElement && !/^(?:STYLE|SCRIPT|LINK)$/.test(e.tagName));
        return {
          title: squash(root.querySelector('[data-qari="title"]')?.textContent ?? ''),
          body: squash(body.textContent ?? ''),
          all: squash(views.map((e) => e.innerText).join(' ')),
          dir: body.getAttribute('dir') ?? '',
          lang: body.getAttribute('lang') ?? '',
          direction: getComputedStyle(body).direction,
        };
      }, host ?? null),
    `an article in ${host ? `the ${host} view` : 'the popup'}`,
  );
}
