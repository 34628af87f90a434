import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../utils/dom/blocks';
import { extractArticle } from '../../../utils/extract/extract';
import { BIG_TITLE, FIRST_MARK, LAST_MARK, bigArticleHtml } from '../../../scripts/big-pages';
import { FIXTURES } from '../paths';

interface Gold {
  url: string;
  title: string;
  dir: 'rtl' | 'ltr';
  lang: string;
  byline?: string;
  siteName?: string;
  source?: string;
  publishedTime?: string;
  text: string[];
  absent: string[];
  /** Lines a reader may or may not see (a photo credit): neither required nor clutter. */
  optional?: string[];
  /** Blocks laid out left to right in a right-to-left article (an English paragraph). */
  ltr?: string[];
}

/** The blocks whose direction a reader sees: paragraphs, list items, headings, captions, cells. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, td, th, dt, dd';

const PAGES = join(FIXTURES, 'pages');
const slugs = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

function extract(slug: string, gold: Gold) {
  const html = readFileSync(join(PAGES, `${slug}.html`), 'utf8');
  const { document } = new JSDOM(html, { url: gold.url }).window;
  return { result: extractArticle(document, { url: gold.url }), document, html };
}

describe.each(slugs)('fixture %s', (slug) => {
  const gold = JSON.parse(readFileSync(join(PAGES, `${slug}.expected.json`), 'utf8')) as Gold;
  const { result, document, html } = extract(slug, gold);
  const article = result.ok ? result.article : null;

  it('has an article', () => expect(result.ok).toBe(true));
  it('has the title, direction and language a reader expects', () => {
    expect(article?.title).toBe(gold.title);
    expect(article?.dir).toBe(gold.dir);
    expect(article?.lang.split('-')[0]).toBe(gold.lang);
  });
  it('has the metadata', () => {
    if (gold.byline) expect(article?.byline).toContain(gold.byline);
    if (gold.source) expect(article?.source).toBe(gold.source);
    if (gold.publishedTime) expect(article?.publishedTime.slice(0, 10)).toBe(gold.publishedTime);
    expect(article?.url).toBe(gold.url);
  });
  it('keeps every line of the article, in order', () => {
    const lines = article?.text.split('\n') ?? [];
    let at = 0;
    for (const line of gold.text) {
      const found = lines.indexOf(line, at);
      expect(found, `missing or out of order: ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
  it('shows nothing but the article', () => {
    for (const snippet of gold.absent) expect(article?.text, `clutter kept: ${snippet}`).not.toContain(snippet);
    const lines = article?.text.split('\n') ?? [];
    const extra = lines.filter((line) => !gold.text.includes(line) && !gold.optional?.includes(line));
    expect(extra, 'lines that are not in the gold').toEqual([]);
  });
  it('leaves the page untouched', () => {
    expect(document.documentElement.outerHTML.length).toBeGreaterThan(html.length * 0.5);
    expect(document.querySelectorAll('script').length).toBe((html.match(/<script\b/gi) ?? []).length);
  });
  it('lays out each block in the direction most of its letters are written in, never by its first letter', () => {
    const { document: out } = new JSDOM(`<div dir="${article?.dir}">${article?.content}</div>`).window;
    const leaves = [...out.querySelectorAll(BLOCKS)].filter((el) => textOf(el) && !el.querySelector(BLOCKS));
    expect(leaves.length).toBeGreaterThan(0);
    for (const el of leaves) {
      const want = gold.ltr?.includes(textOf(el)) ? 'ltr' : gold.dir;
      expect(el.closest('[dir]')?.getAttribute('dir'), textOf(el)).toBe(want);
    }
    expect(out.querySelector('[dir="auto"]')).toBeNull();
  });
  it('keeps no class, id or style', () => {
    const { document: out } = new JSDOM(`<div>${article?.content}</div>`).window;
    expect(out.querySelector('[class], [id], [style]')).toBeNull();
  });
});

/*
 * A big page (generated, tests/fixtures/big/generate.ts): extraction keeps the
 * whole article. The size is the promise (README: 5 MB, 20,000 paragraphs),
 * so the work is not made smaller; its time is `npm run bench`'s. Parsing
 * and extracting it take about 8 s on an idle 2-core machine, several times
 * that on a busy one: 180 s bounds a hang, it is not a timing.
 */
const URL_ = 'http://127.0.0.1/big/page.html';

describe('a 5 MB page of 20,000 paragraphs', () => {
  it('is extracted whole: the title, the first paragraph and the last', () => {
    const { document } = new JSDOM(bigArticleHtml(20_000), { url: URL_ }).window;
    const result = extractArticle(document, { url: URL_ });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(BIG_TITLE);
    expect(result.article.dir).toBe('rtl');
    expect(result.article.lang).toBe('ar');
    expect(result.article.text).toContain(FIRST_MARK);
    expect(result.article.text).toContain(LAST_MARK);
    expect(result.article.text).toContain('(20000)');
    expect(result.article.content.match(/<p\b/g)?.length).toBe(20_000);
  }, 180_000);
});

describe('the sanitised body, for a view in the same world', () => {
  it('is handed over as the very tree the content serialises, in an inert document', () => {
    const html = readFileSync(join(PAGES, 'isna-wordpress.html'), 'utf8');
    const { document } = new JSDOM(html, { url: 'https://www.isna.ir/news/1/' }).window;
    const bodies: Array<{ body: Element; content: string }> = [];
    const result = extractArticle(document, { url: 'https://www.isna.ir/news/1/', onBody: (body, content) => bodies.push({ body, content }) });
    expect(result.ok).toBe(true);
    expect(bodies).toHaveLength(1);
    const [{ body, content }] = bodies;
    expect(content).toBe(result.ok ? result.article.content : '');
    expect(body.innerHTML).toBe(content);
    expect(body.ownerDocument).not.toBe(document);
    expect(body.ownerDocument.defaultView).toBeNull();
  });
  it('is not given when there is no article', () => {
    const { document } = new JSDOM('<html><body><nav><a href="/a">أ</a></nav></body></html>', { url: 'https://example.com/' }).window;
    const bodies: Element[] = [];
    expect(extractArticle(document, { onBody: (body) => bodies.push(body) }).ok).toBe(false);
    expect(bodies).toEqual([]);
  });
});
