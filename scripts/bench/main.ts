/**
 * npm run bench [-- --json] [--runs N] [--no-build] [--browser-only | --node-only]   (scripts/bench/: node.ts, browser.ts, stats.ts)
 *
 * What Qari costs beyond Readability, side by side in one run:
 * - pipelineOverReadability: median time of extractArticle over median time
 *   of raw Readability on a clone of the same document, runs interleaved in
 *   one process (jsdom), for every fixture and corpus page;
 * - scale: extraction and findQuotes on the seed article repeated 1-16 times;
 * - big inputs: jsdom's parse, extraction and findQuotes on the generated
 *   5 MB page and the page nested 5,000 levels deep;
 * - browser: headless Chromium with the built extension, shortcut handler to
 *   the painted full-page view, against raw Readability in the same page
 *   (the seed, the largest corpus page, the generated 5 MB page);
 * - library: search over 2,000 saved articles (Arabic-aware, utils/library/search.ts);
 * - sizes: gzip sizes of what ships, against their budgets.
 * Prints tables; with --json, one JSON object as the last line. Timings are
 * reported, never asserted (a time is not stable; sizes are checked in npm test).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { browserBench, type BenchPage, type BrowserRow } from './browser';
import { benchPages, bigInputs, pipelineOverReadability, REPO, scale, SHARED } from './node';
import { libraryBench } from './library';
import { bigArticleHtml } from '../big-pages';
import { BUDGETS, measureSizes, sizeTable } from '../sizes';
import { STAGES } from './stages';
import { table } from './stats';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, runs: { type: 'string', default: '25' }, 'no-build': { type: 'boolean', default: false }, 'browser-only': { type: 'boolean', default: false }, 'node-only': { type: 'boolean', default: false } } });
const runs = Number(values.runs);

function build(): void {
  for (const script of ['build', 'build:e2e']) {
    const run = spawnSync('npm', ['run', '--silent', script], { cwd: REPO, encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr);
      process.exit(run.status ?? 1);
    }
  }
}

const f = (n: number, d = 2) => n.toFixed(d);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

// The jsdom half needs no build: --node-only runs it alone (no browser, no sizes).
if (!values['no-build'] && !values['node-only']) build();

/** The jsdom half (skipped with --browser-only). */
function nodeBench() {
  const loadBefore = load();
  console.log(`Pipeline against raw Readability (jsdom, median of ${runs} interleaved runs each)`);
  const pipeline = pipelineOverReadability(runs);
  console.log(
    table(
      ['page', 'Readability ms', 'Qari ms', 'ratio'],
      pipeline.rows.map((r) => [r.page, f(r.readabilityMs), f(r.pipelineMs), f(r.ratio, 3)]),
    ),
  );
  const loadAfter = load();
  console.log(`median ratio ${f(pipeline.median, 3)} (goal ≤ 1.15); worst ${pipeline.worst.page} ${f(pipeline.worst.ratio, 3)}`);
  console.log(`load average (1, 5, 15 min) before ${loadBefore}, after ${loadAfter} on ${os.cpus().length} cores\n`);

  const scaled = scale();
  if (scaled) {
    console.log('Scale: the seed article repeated (jsdom, median of 9 runs)');
    console.log(
      table(
        ['×', 'characters', 'extract ms', 'ratio', 'findQuotes ms', 'ratio'],
        scaled.map((r) => [String(r.times), String(r.chars), f(r.extractMs), f(r.extractRatio), f(r.quotesMs, 3), f(r.quotesRatio)]),
      ),
    );
    const last = scaled[scaled.length - 1];
    console.log(`16× the text: extraction ${f(last.extractRatio)}× the time, quotes ${f(last.quotesRatio)}× (goal ≤ 18×)\n`);
  } else console.log('Scale: skipped (no seed article in ../shared)\n');

  const big = bigInputs();
  console.log('Big inputs (jsdom, one run each)');
  console.log(table(['page', 'parse ms', 'extract ms', 'findQuotes ms'], big.map((r) => [r.page, f(r.parseMs, 0), f(r.extractMs, 0), f(r.quotesMs, 0)])));
  console.log('');

  const library = libraryBench(REPO);
  console.log(`Library search: ${library.articles} saved articles (${(library.chars / 1e6).toFixed(1)} M characters of text), Node`);
  console.log(
    table(
      ['index all', 'first search', 'search, median of queries', 'slowest query', '50 snippets'],
      [[f(library.indexMs, 0), f(library.firstSearchMs, 1), f(library.searchMedianMs, 2), f(library.searchWorstMs, 2), f(library.snippetsMs, 2)]],
    ),
  );
  console.log(`results: ${Object.entries(library.results).map(([q, n]) => `${q} → ${n}`).join(', ')}\n`);
  return { pipeline: { ...pipeline, load: { before: loadBefore, after: loadAfter } }, scaled, big, library };
}
const node = values['browser-only'] ? null : nodeBench();
function pipelineJson() {
  const p = node?.pipeline;
  return p ? { median: p.median, worst: { page: p.worst.page, ratio: p.worst.ratio }, pages: p.rows, load: p.load } : null;
}
if (values['node-only']) {
  if (values.json) console.log(JSON.stringify({ pipelineOverReadability: pipelineJson(), scale: node!.scaled, big: node!.big, librarySearch: node!.library, shared: existsSync(SHARED) }));
  process.exit(0);
}

const browserPages: Array<BenchPage | BenchPage[]> = [{ name: 'seed (isna-wordpress)', root: join(REPO, 'tests/fixtures'), path: '/pages/isna-wordpress.html' }];
// The largest corpus page that finishes loading offline.
const bySize = benchPages()
  .filter((p) => p.name.startsWith('corpus/'))
  .map((p) => ({ ...p, size: statSync(p.file).size }))
  .sort((a, b) => b.size - a.size);
if (bySize.length) browserPages.push(bySize.map((p) => ({ name: `largest corpus page (${p.name})`, root: resolve(p.file, '..'), path: '/source.html' })));
// The generated 5 MB page (20,000 paragraphs), in tmp/ (git-ignored): a few seconds a run, so three.
const bigDir = join(REPO, 'tmp/bench');
mkdirSync(bigDir, { recursive: true });
writeFileSync(join(bigDir, 'big.html'), bigArticleHtml(20_000));
browserPages.push({ name: 'generated 5 MB page (20,000 paragraphs)', root: bigDir, path: '/big.html', runs: 3, memory: true });
const loadBefore = load();
const { rows: browser, heap } = await browserBench(browserPages);
const loadAfter = load();
console.log('Browser: shortcut handler → full-page view painted, against the bare reader injected the same way and raw Readability in the same page (Chromium, ms)');
console.log(
  table(
    ['page', 'cold', 'bare cold', '÷ bare', 'warm', 'bare warm', '÷ bare', 'Readability'],
    browser.map((r) => [r.page, f(r.coldMs, 1), f(r.bareColdMs, 1), f(r.coldOverBare), f(r.warmMs, 1), f(r.bareWarmMs, 1), f(r.warmOverBare), f(r.readabilityMs, 1)]),
  ),
);
console.log('cold: first use on a fresh tab (median over tabs); warm: the reader already there (median); goal ≤ 2× the bare reader');
console.log(`load average (1, 5, 15 min) before ${loadBefore}, after ${loadAfter} on ${os.cpus().length} cores\n`);
for (const r of browser) {
  console.log(`Breakdown, ${r.page} (median ms; ${r.runs.cold} cold, ${r.runs.warm} warm runs)`);
  const row = (key: string, label: string) => [label, f(r.stages.cold[key], 1), f(r.stages.warm[key], 1)];
  console.log(table(['stage', 'cold', 'warm'], [...STAGES.map((s) => row(s.key, s.label)), row('total', 'total'), row('fonts', 'fonts ready (beside the path, from the open)'), row('ready', 'whole view painted (beside the path, from the open; cold)')]));
  console.log('');
}
for (const h of heap) {
  console.log(`JS heap, ${h.page} (MB after a forced GC): before ${f(h.beforeMB, 1)}, view open ${f(h.openMB, 1)} (+${f(h.openMB - h.beforeMB, 1)}), closed ${f(h.closedMB, 1)} (${f(h.closedMB - h.beforeMB, 1)} over before); again: open ${f(h.reopenMB, 1)}, closed ${f(h.reclosedMB, 1)}\n`);
}

const sizes = measureSizes();
console.log('Sizes');
console.log(sizeTable(sizes));

if (values.json) {
  const { files, ...sizeFigures } = sizes;
  console.log(
    JSON.stringify({
      pipelineOverReadability: pipelineJson(),
      scale: node?.scaled ?? null,
      big: node?.big ?? null,
      librarySearch: node?.library ?? null,
      browser,
      heap,
      load: { before: loadBefore, after: loadAfter, cores: os.cpus().length },
      sizes: { ...sizeFigures, budgets: BUDGETS, files },
      shared: existsSync(SHARED),
    }),
  );
}
