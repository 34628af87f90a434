import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { FixtureServer } from '../../scripts/fixture-server';
import { openFixture } from './helpers';

/** The gold of a fixture page (tests/fixtures/pages/<slug>.expected.json), the parts these tests read. */
export interface Gold {
  dir: 'rtl' | 'ltr';
  lang: string;
  text: string[];
  /** Blocks laid out left to right in a right-to-left article. */
  ltr?: string[];
}

export const goldOf = (slug: string): Gold => JSON.parse(readFileSync(new URL(`../fixtures/pages/${slug}.expected.json`, import.meta.url), 'utf8')) as Gold;

/** The element whose shadow root holds the full-page view. */
export const HOST = '#qari-reader-root';

/** The blocks whose direction a reader sees (as tests/unit/extract/extract.test.ts counts them). */
export const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, td, th, dt, dd';

/** Every innermost block of the article shown in `page` (`host`: the full-page view's), with its computed direction. */
export function shownBlocks(page: Page, host: string | null): Promise<Array<{ text: string; direction: string }>> {
  return page.evaluate(
    ([hostSelector, blocks]) => {
      const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
      const body = root.querySelector('[data-qari="article"]')!;
      return [...body.querySelectorAll(blocks)]
        .filter((el) => el.textContent!.trim() && !el.querySelector(blocks))
        .map((el) => ({ text: el.textContent!.replace(/\s+/g, ' ').trim(), direction: getComputedStyle(el).direction }));
    },
    [host, BLOCKS] as const,
  );
}

/** The direction the gold expects of each block shown. */
export const expectedDirection = (gold: Gold, text: string) => (gold.ltr?.includes(text) ? 'ltr' : gold.dir);

/**
 * Where characters of the article are drawn: for each `[blockStart, needle]`,
 * the box of the first character of `needle` inside the first block whose
 * text starts with `blockStart`, and that block's content box. Geometry, not
 * markup: what the reader sees.
 */
export function charBoxes(page: Page, host: string | null, probes: Array<[string, string]>): Promise<Array<{ left: number; right: number; top: number; blockLeft: number; blockRight: number }>> {
  return page.evaluate(
    ([hostSelector, list, blocks]) => {
      const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
      const body = root.querySelector('[data-qari="article"]')!;
      const all = [...body.querySelectorAll(blocks)].filter((el) => !el.querySelector(blocks));
      return list.map(([start, needle]) => {
        const block = all.find((el) => el.textContent!.replace(/\s+/g, ' ').trim().startsWith(start));
        if (!block) throw new Error(`no block starting ${start}`);
        const at = block.textContent!.indexOf(needle);
        if (at < 0) throw new Error(`no ${needle} in ${start}`);
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        let offset = 0;
        let node = walker.nextNode() as Text | null;
        while (node && offset + node.data.length <= at) {
          offset += node.data.length;
          node = walker.nextNode() as Text | null;
        }
        const range = document.createRange();
        range.setStart(node!, at - offset);
        range.setEnd(node!, at - offset + 1);
        const box = range.getClientRects()[0];
        const style = getComputedStyle(block);
        const outer = block.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          top: box.top,
          blockLeft: outer.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
          blockRight: outer.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
        };
      });
    },
    [host, probes, BLOCKS] as const,
  );
}

/** Waits until the view in `page` shows an article with its fonts ready. */
export async function articleShown(page: Page, host: string | null): Promise<void> {
  const prefix = host ? `${host} ` : '';
  await page.locator(`${prefix}[data-qari="article"] p`).first().waitFor();
  // The article's face is added to document.fonts only once its bytes have
  // come (ensureFont), so `document.fonts.ready` can resolve before it exists:
  // wait until a face of the paragraph's own family has loaded.
  await page.waitForFunction(
    (hostSelector) => {
      const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
      const p = root?.querySelector('[data-qari="article"] p');
      if (!p) return false;
      const family = getComputedStyle(p).fontFamily.split(',')[0].trim().replace(/["']/g, '');
      return [...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded');
    },
    host,
    { timeout: 30_000 },
  );
  await page.evaluate(() => document.fonts.ready);
}

/** What `openBothViews` needs of the test's fixtures. */
interface ViewFixtures {
  context: BrowserContext;
  server: FixtureServer;
  openPopup: (page: Page) => Promise<Page>;
  command: (name: string, page: Page) => Promise<unknown>;
}

/**
 * Opens the fixture page `slug`, its popup, then the full-page view over the
 * tab, each with its article and fonts shown: the two views as
 * [view, shadow host] pairs (the popup has no host).
 */
export async function openBothViews({ context, server, openPopup, command }: ViewFixtures, slug: string): Promise<Array<readonly [Page, string | null]>> {
  const page = await openFixture(context, server, slug);
  const popup = await openPopup(page);
  await articleShown(popup, null);
  await command('toggle-reader', page);
  await articleShown(page, HOST);
  return [
    [popup, null],
    [page, HOST],
  ];
}
