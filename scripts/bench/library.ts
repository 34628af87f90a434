/**
 * The library's search on 2,000 saved articles (issue 17): the articles are
 * made from the text of our fixture pages (each a different mix of their
 * paragraphs, so no two are alike), indexed as a save indexes them, then
 * searched with queries in other spellings than the text's. Reported, never
 * asserted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { indexOf, search, snippet } from '../../utils/library/search';
import { median } from './stats';

/** Queries as a reader types them: bare alefs, no diacritics, ي for ى, with and without the article and prefixes. */
export const LIBRARY_QUERIES = ['اعلن بوتين', 'الرئيس الروسى', 'والمدينة', 'ايضا', 'كتابخانه شیراز', 'محادثات جنيف واشنطن'];

export interface LibraryBench {
  articles: number;
  /** Characters of text over all articles. */
  chars: number;
  indexMs: number;
  /** The first search of a session (it builds each article's word sets). */
  firstSearchMs: number;
  /** Each query afterwards, median over runs, and the slowest query's median. */
  searchMedianMs: number;
  searchWorstMs: number;
  /** Snippets for the first 50 results of a query. */
  snippetsMs: number;
  results: Record<string, number>;
}

function paragraphs(repo: string): string[] {
  const dir = join(repo, 'tests/fixtures/pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')).text as string[]) ?? []);
}

/** Times the library's search over `count` generated articles, `runs` times each query. */
export function libraryBench(repo: string, count = 2000, runs = 15): LibraryBench {
  const paras = paragraphs(repo);
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts = Array.from({ length: count }, (_, i) => {
    const n = 8 + Math.floor(next() * 12);
    const body = Array.from({ length: n }, () => paras[Math.floor(next() * paras.length)]).join('\n');
    return { title: `${paras[Math.floor(next() * paras.length)].split(' ').slice(0, 8).join(' ')} ${i}`, text: body };
  });
  const chars = texts.reduce((s, t) => s + t.text.length, 0);
  let t0 = performance.now();
  const items = texts.map((t) => ({ ...t, index: indexOf(t.title, t.text) }));
  const indexMs = performance.now() - t0;

  t0 = performance.now();
  search(LIBRARY_QUERIES[0], items);
  const firstSearchMs = performance.now() - t0;

  const results: Record<string, number> = {};
  const medians = LIBRARY_QUERIES.map((q) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const s = performance.now();
      results[q] = search(q, items).length;
      times.push(performance.now() - s);
    }
    return median(times);
  });
  t0 = performance.now();
  for (const r of search(LIBRARY_QUERIES[1], items).slice(0, 50)) snippet(r.item.text, LIBRARY_QUERIES[1]);
  const snippetsMs = performance.now() - t0;
  return { articles: count, chars, indexMs, firstSearchMs, searchMedianMs: median(medians), searchWorstMs: Math.max(...medians), snippetsMs, results };
}
