import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURES } from '../paths';

/** The invented sites' pages (tests/fixtures/pages/sites/) and the addresses they pretend to have. */
export const SITE_PAGES = {
  'wadi-1': 'https://alwadi-news.example/2026/03/14/aghwar-wheat/',
  'wadi-2': 'https://www.alwadi-news.example/2026/03/16/shouneh-market/',
  'wadi-3': 'https://alwadi-news.example/2026/03/18/olive-festival/',
  'minbar-1': 'https://minbar-khaleej.example/economy/88213',
  'minbar-2': 'https://minbar-khaleej.example/economy/88347',
} as const;

export type SitePage = keyof typeof SITE_PAGES;

/** A site fixture parsed at its pretend address. */
export function sitePage(name: SitePage): Document {
  const html = readFileSync(join(FIXTURES, 'pages/sites', `${name}.html`), 'utf8');
  return new JSDOM(html, { url: SITE_PAGES[name] }).window.document;
}

/** A page of real theme markup from tests/fixtures (pages/ or corpus/). */
export function fixtureDocument(path: string, url = 'https://example.org/a'): Document {
  return new JSDOM(readFileSync(join(FIXTURES, path), 'utf8'), { url }).window.document;
}
