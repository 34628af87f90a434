import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract';
import { findQuotes } from '../../../utils/quotes/quotes';
import { DEEP_TITLE, deepArticleHtml } from '../../fixtures/big/generate';

/*
 * Deep pages (generated, tests/fixtures/big/generate.ts): extraction finishes
 * and keeps the whole article; no stack overflow on a 5,000-level nesting.
 * Times are printed for the record, not asserted.
 */

const URL_ = 'http://127.0.0.1/big/page.html';

describe('an article nested 5,000 elements deep', () => {
  const depth = 5000;
  const html = deepArticleHtml(depth, 'markup');
  const levelsOf = (document: Document) => {
    let levels = 0;
    for (let el: Element | null = document.querySelector('p'); el; el = el.parentElement) levels++;
    return levels;
  };

  it('is parsed with every level (so the test is really deep)', () => {
    const { document } = new JSDOM(html, { url: URL_ }).window;
    expect(levelsOf(document)).toBeGreaterThan(depth);
  });

  // jsdom clones recursively (a stack overflow past ~3,000 levels) and
  // Readability costs about the cube of the depth: extractArticle copies such
  // a page iteratively with its empty wrapper chains flattened (utils/dom/deep.ts).
  it('extractArticle returns the article, no stack overflow', () => {
    const { document } = new JSDOM(html, { url: URL_ }).window;
    const t = performance.now();
    const result = extractArticle(document, { url: URL_ });
    console.log(`5,000 levels deep: extractArticle ${(performance.now() - t).toFixed(0)} ms`);
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(DEEP_TITLE);
    expect(result.article.text).toContain('أقر مجلس المدينة');
    expect(result.article.text).toContain('اللجنة المالية ستتابع التنفيذ');
  }, 60_000);

  it('findQuotes walks the 5,000-level tree and finds the quotations with their speakers', () => {
    const { document } = new JSDOM(html, { url: URL_ }).window;
    const t = performance.now();
    const quotes = findQuotes(document.body);
    console.log(`5,000 levels deep: findQuotes ${(performance.now() - t).toFixed(0)} ms, ${quotes.length} quotations`);
    expect(quotes.map((q) => q.text)).toEqual([
      'الموازنة الجديدة تضع الخدمات الأساسية أولاً، ولن نقبل بتأجيل أي مشروع يمس حياة الناس اليومية',
      'الأحياء الشرقية انتظرت طويلاً، وهذه الموازنة تنصفها أخيراً',
    ]);
    expect(quotes[0].speaker).toContain('رئيس المجلس');
  }, 60_000);
});

describe('an article nested 500 elements deep (what jsdom and Readability manage in about 2 s)', () => {
  const html = deepArticleHtml(500, 'markup');

  it('is extracted, and findQuotes finds its quotations in the article as the reader renders it', () => {
    const { document } = new JSDOM(html, { url: URL_ }).window;
    const t = performance.now();
    const result = extractArticle(document, { url: URL_ });
    console.log(`500 levels deep: extractArticle ${(performance.now() - t).toFixed(0)} ms`);
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe(DEEP_TITLE);
    expect(result.article.text).toContain('اللجنة المالية ستتابع التنفيذ');
    const root = document.createElement('div');
    root.innerHTML = result.article.content;
    expect(findQuotes(root).map((q) => q.speaker)).toEqual([expect.stringContaining('رئيس المجلس'), expect.stringContaining('عضو المجلس')]);
  }, 60_000);
});
