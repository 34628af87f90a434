import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract';
import { findQuotes } from '../../../utils/quotes/quotes';
import { DEEP_TITLE, deepArticleHtml } from '../../../scripts/big-pages';

/*
 * Deep pages (generated, tests/fixtures/big/generate.ts): extraction finishes
 * and keeps the whole article; no stack overflow on a 5,000-level nesting.
 * How long it takes is `npm run bench`'s business, not a test's.
 *
 * Time limits: jsdom parses the 5,000-level page in about 3 s on an idle
 * 2-core machine and took 17 s on a busy one (Vitest's default limit is
 * 5 s), and extractArticle or findQuotes on it take as long again. The page
 * is parsed once for the whole file, and each step gets 120 s: ten times
 * the slowest run seen, a bound against a hang, not a timing.
 */
const HEAVY_MS = 120_000;

const URL_ = 'http://127.0.0.1/big/page.html';

describe('an article nested 5,000 elements deep', () => {
  const depth = 5000;
  let document: Document;
  beforeAll(() => {
    // extractArticle copies the document it reads, and findQuotes only reads: one parse serves all three tests.
    document = new JSDOM(deepArticleHtml(depth, 'markup'), { url: URL_ }).window.document;
  }, HEAVY_MS);

  it('is parsed with every level (so the test is really deep)', () => {
    let levels = 0;
    for (let el: Element | null = document.querySelector('p'); el; el = el.parentElement) levels++;
    expect(levels).toBeGreaterThan(depth);
  });

  // jsdom clones recursively (a stack overflow past ~3,000 levels) and
  // Readability costs about the cube of the depth: extractArticle copies such
  // a page iteratively with its empty wrapper chains flattened (utils/dom/deep.ts).
  it('extractArticle returns the article, no stack overflow', () => {
    const result = extractArticle(document, { url: URL_ });
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(DEEP_TITLE);
    expect(result.article.text).toContain('أقر مجلس المدينة');
    expect(result.article.text).toContain('اللجنة المالية ستتابع التنفيذ');
  }, HEAVY_MS);

  it('findQuotes walks the 5,000-level tree and finds the quotations with their speakers', () => {
    const quotes = findQuotes(document.body);
    expect(quotes.map((q) => q.text)).toEqual([
      'الموازنة الجديدة تضع الخدمات الأساسية أولاً، ولن نقبل بتأجيل أي مشروع يمس حياة الناس اليومية',
      'الأحياء الشرقية انتظرت طويلاً، وهذه الموازنة تنصفها أخيراً',
    ]);
    expect(quotes[0].speaker).toContain('رئيس المجلس');
  }, HEAVY_MS);
});

describe('an article nested 500 elements deep (just past MAX_DEPTH, so copied flattened too)', () => {
  it('is extracted, and findQuotes finds its quotations in the article as the reader renders it', () => {
    const { document } = new JSDOM(deepArticleHtml(500, 'markup'), { url: URL_ }).window;
    const result = extractArticle(document, { url: URL_ });
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(DEEP_TITLE);
    expect(result.article.text).toContain('اللجنة المالية ستتابع التنفيذ');
    const root = document.createElement('div');
    root.innerHTML = result.article.content;
    expect(findQuotes(root).map((q) => q.speaker)).toEqual([expect.stringContaining('رئيس المجلس'), expect.stringContaining('عضو المجلس')]);
  }, HEAVY_MS);
});
