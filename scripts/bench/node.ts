/**
 * The Node half of `npm run bench`: the extraction pipeline against raw
 * Readability on every fixture and corpus page, and how extraction and quote
 * finding scale with the article's size. Timings are medians of interleaved
 * runs in one process; nothing here asserts a time.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract/extract';
import { findQuotes } from '../../utils/quotes/quotes';
import { bigArticleHtml, deepArticleHtml } from '../big-pages';
import { loadPage } from '../load-page';
import { median } from './stats';

export const REPO = resolve(import.meta.dirname ?? '.', '../..');
export const SHARED = process.env.QARI_SHARED ?? resolve(REPO, '../shared');


/** Every page to measure: our fixtures, then the corpus when it is there. */
export function benchPages(): Array<{ name: string; file: string; url: string }> {
  const pages: Array<{ name: string; file: string; url: string }> = [];
  const fixtures = join(REPO, 'tests/fixtures/pages');
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.html'))) {
    const gold = JSON.parse(readFileSync(join(fixtures, f.replace('.html', '.expected.json')), 'utf8'));
    pages.push({ name: `fixtures/${f.replace('.html', '')}`, file: join(fixtures, f), url: gold.url });
  }
  const corpus = join(SHARED, 'corpus');
  if (existsSync(corpus)) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (!statSync(path).isDirectory()) continue;
        if (existsSync(join(path, 'source.html'))) {
          const meta = existsSync(join(path, 'case.json')) ? JSON.parse(readFileSync(join(path, 'case.json'), 'utf8')) : {};
          pages.push({ name: `corpus/${relative(corpus, path)}`, file: join(path, 'source.html'), url: meta.url ?? 'http://fakehost/test/page.html' });
        } else walk(path);
      }
    };
    walk(corpus);
  }
  return pages;
}

export interface PipelineRow {
  page: string;
  readabilityMs: number;
  pipelineMs: number;
  ratio: number;
}

const WARM_UPS = 3;

/** Median time of Qari's whole pipeline over median time of raw Readability on a clone, runs interleaved. */
export function pipelineOverReadability(runs = 15): { rows: PipelineRow[]; median: number; worst: PipelineRow } {
  const rows: PipelineRow[] = [];
  for (const page of benchPages()) {
    const dom = loadPage(page.file, page.url);
    const doc = dom.window.document;
    const raw: number[] = [];
    const ours: number[] = [];
    const readability = () => new Readability(doc.cloneNode(true) as Document).parse();
    const pipeline = () => extractArticle(doc, { url: page.url });
    const time = (run: () => unknown, into: number[]) => {
      const t = performance.now();
      run();
      into.push(performance.now() - t);
    };
    // Three warm-ups of each (the page's first runs are slower for both),
    // then pairs whose order alternates, so that drift and the garbage one
    // leaves for the other to collect hit both alike.
    for (let i = 0; i < WARM_UPS; i++) {
      readability();
      pipeline();
    }
    for (let i = 0; i < runs; i++) {
      if (i % 2) {
        time(pipeline, ours);
        time(readability, raw);
      } else {
        time(readability, raw);
        time(pipeline, ours);
      }
    }
    const r = median(raw);
    const p = median(ours);
    rows.push({ page: page.name, readabilityMs: r, pipelineMs: p, ratio: p / r });
    dom.window.close();
  }
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { rows, median: median(rows.map((r) => r.ratio)), worst };
}

export interface ScaleRow {
  times: number;
  chars: number;
  extractMs: number;
  quotesMs: number;
  extractRatio: number;
  quotesRatio: number;
}

/** The seed article's page with its paragraphs repeated `times` times. */
function seedPage(times: number): string {
  const lines = readFileSync(join(SHARED, 'seed/isna-article.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(2, 18);
  const body = Array.from({ length: times }, () => lines.map((l) => `<p>${l}</p>`).join('\n')).join('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><title>أعلن بوتين محور محادثاته مع بايدن</title></head><body><header><nav><a href="/">الرئيسية</a></nav></header><main><article><h1>أعلن بوتين محور محادثاته مع بايدن</h1><div class="entry-content">${body}</div></article></main><footer>حقوق</footer></body></html>`;
}

/** Extraction and quote finding on the seed article repeated 1, 2, 4, 8, 16 times; ratios against 1×. */
export function scale(runs = 9): ScaleRow[] | null {
  if (!existsSync(join(SHARED, 'seed/isna-article.txt'))) return null;
  const rows: ScaleRow[] = [];
  for (const times of [1, 2, 4, 8, 16]) {
    const dom = new JSDOM(seedPage(times), { url: 'https://www.isna.ir/news/seed' });
    const doc = dom.window.document;
    const extract = () => extractArticle(doc, { url: 'https://www.isna.ir/news/seed' });
    const first = extract();
    if (!first.ok) throw new Error(`seed ×${times}: ${first.reason}`);
    const body = JSDOM.fragment(`<div>${first.article.content}</div>`).firstElementChild!;
    findQuotes(body);
    const ex: number[] = [];
    const qs: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      extract();
      ex.push(performance.now() - t);
      t = performance.now();
      findQuotes(body);
      qs.push(performance.now() - t);
    }
    rows.push({ times, chars: first.article.text.length, extractMs: median(ex), quotesMs: median(qs), extractRatio: 0, quotesRatio: 0 });
    dom.window.close();
  }
  for (const row of rows) {
    row.extractRatio = row.extractMs / rows[0].extractMs;
    row.quotesRatio = row.quotesMs / rows[0].quotesMs;
  }
  return rows;
}

export interface BigRow {
  page: string;
  parseMs: number;
  extractMs: number;
  quotesMs: number;
}

/**
 * The big inputs the tests only check for correctness (tests/unit/extract,
 * tests/unit/dom/deep.test.ts): jsdom's parse, extractArticle and findQuotes
 * on the generated 5 MB page and on the page nested 5,000 levels deep. One
 * run each: they take seconds, and only their order of size matters.
 */
export function bigInputs(): BigRow[] {
  const url = 'http://127.0.0.1/big/page.html';
  const pages = [
    { page: '20,000 paragraphs (5 MB)', html: bigArticleHtml(20_000) },
    { page: '5,000 levels deep', html: deepArticleHtml(5000, 'markup') },
  ];
  return pages.map(({ page, html }) => {
    let t = performance.now();
    const dom = new JSDOM(html, { url });
    const parseMs = performance.now() - t;
    t = performance.now();
    const result = extractArticle(dom.window.document, { url });
    const extractMs = performance.now() - t;
    if (!result.ok) throw new Error(`${page}: ${result.reason}`);
    t = performance.now();
    findQuotes(dom.window.document.body);
    const quotesMs = performance.now() - t;
    // No window.close(): jsdom walks the tree recursively there, a stack overflow on the deep page.
    return { page, parseMs, extractMs, quotesMs };
  });
}
