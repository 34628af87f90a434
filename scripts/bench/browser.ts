/**
 * The browser half of `npm run bench`: in headless Chromium with the built
 * extension (test build: it may read 127.0.0.1 without a click), the time
 * from the shortcut's handler to the first paint of the full-page view, stage
 * by stage (the test build's `qari:*` marks), against a bare reader injected
 * the same way (bare.ts) and raw Readability's parse in the same page.
 * Cold runs are each on a freshly loaded tab; Qari's and the bare reader's
 * tabs alternate, so load on the machine hits both alike.
 */
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, tabIdOfUrl } from '../browser';
import { startServer, type FixtureServer } from '../fixture-server';
import { heap, type HeapRow } from './heap';
import { breakdown, type Stages } from './stages';
import { BARE_FILE, openTab, PAINT_MARK, painted, READY_MARK, toggle, type Variant } from './tab';
import { median } from './stats';

const require = createRequire(import.meta.url);
const READABILITY = require.resolve('@mozilla/readability/Readability.js');
const EXTENSION = resolve(import.meta.dirname ?? '.', '../../.output-e2e/chrome-mv3');

export interface BrowserRow {
  page: string;
  /** Command handler → view painted, first time on a tab (the reader is injected then): median over fresh tabs. */
  coldMs: number;
  /** The same, the reader already injected (median of the later runs). */
  warmMs: number;
  /** The bare reader (bare.ts), injected the same way, same tabs' page: first use and later use. */
  bareColdMs: number;
  bareWarmMs: number;
  /** Raw Readability on a clone of the page's document, in the page (median). */
  readabilityMs: number;
  coldRatio: number;
  warmRatio: number;
  /** Qari over the bare reader. */
  coldOverBare: number;
  warmOverBare: number;
  /** Where Qari's time goes (median per stage, ms). */
  stages: { cold: Stages; warm: Stages };
  runs: { cold: number; warm: number };
}

/** Every `qari:*` mark in the page, as epoch times. */
function marks(page: Page): Promise<Array<{ name: string; at: number }>> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((e) => e.name.startsWith('qari:'))
      .map((e) => ({ name: e.name.slice(5), at: performance.timeOrigin + e.startTime })),
  );
}

/** Median time of raw Readability on a clone of the page's own document, run in the page. */
async function readabilityInPage(page: Page, runs: number): Promise<number> {
  await page.addScriptTag({ path: READABILITY });
  const times = await page.evaluate((n) => {
    const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      out.push(performance.now() - t);
    }
    return out;
  }, runs);
  return median(times);
}

/** A page to measure: `root` is the folder served, `path` the page in it; `runs` when it must be fewer than the others' (a slow page). */
export interface BenchPage {
  name: string;
  root: string;
  path: string;
  runs?: number;
  /** Measure the JS heap the view adds and gives back (the 5 MB page). */
  memory?: boolean;
}


/** The first of `specs` that finishes loading offline, with its server; null when none does. */
async function firstThatLoads(context: BrowserContext, specs: BenchPage[]): Promise<{ spec: BenchPage; server: FixtureServer } | null> {
  for (const spec of specs) {
    const server = await startServer(spec.root);
    try {
      await (await openTab(context, server, spec)).close();
      return { spec, server };
    } catch {
      console.log(`(${spec.name} never finished loading offline: skipped)`);
      await server.close();
    }
  }
  return null;
}

/** One tab: a cold run, then `warm` warm ones; times and (for Qari) each run's stages. */
async function session(context: BrowserContext, worker: Worker, server: FixtureServer, spec: BenchPage, variant: Variant, warm: number) {
  const page = await openTab(context, server, spec);
  const id = await tabIdOfUrl(worker, page.url());
  const times: number[] = [];
  const stages: Stages[] = [];
  for (let i = 1; i <= warm + 1; i++) {
    const start = await toggle(worker, id, variant);
    const end = await painted(page, PAINT_MARK[variant], i);
    times.push(end - start);
    // Cold, Qari paints a first screen and the rest of the view's code follows:
    // the whole view is waited for (its time is a stage beside the path), so
    // every warm run measures the warm path, the whole view drawn at once.
    if (variant === 'qari' && i === 1) await painted(page, READY_MARK, 1);
    if (variant === 'qari') stages.push(breakdown(await marks(page), start, end, i === 1));
    await toggle(worker, id, variant);
    // The next run starts on a page at rest, as a reader's next open does: closing
    // gives the page back its style (Qari's no-scroll sheet and inert body; on
    // Folha a 10 ms restyle), which would otherwise land in the next run's messaging.
    await page.evaluate(() => new Promise((rest) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(rest, 50)))));
  }
  return { page, times, stages };
}

/** The test build with the bare reader added as one more file, in a temporary copy. */
function extensionWithBare(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qari-bench-ext-'));
  cpSync(EXTENSION, dir, { recursive: true });
  buildSync({ entryPoints: [resolve(import.meta.dirname ?? '.', 'bare.ts')], bundle: true, format: 'iife', minify: true, outfile: join(dir, BARE_FILE.slice(1)), logLevel: 'error' });
  return dir;
}

/**
 * Measures each page over `rounds` rounds: a fresh tab each for Qari and for
 * the bare reader (order alternating), `warm` warm runs on each. A list of
 * pages stands for the first of them that finishes loading offline: some
 * corpus pages never do (an image whose onerror sets another missing image,
 * forever).
 */
export async function browserBench(pages: Array<BenchPage | BenchPage[]>, rounds = 5, warm = 4): Promise<{ rows: BrowserRow[]; heap: HeapRow[] }> {
  const extension = extensionWithBare();
  const { context, profile } = await launchWithExtension(extension);
  const rows: BrowserRow[] = [];
  const heaps: HeapRow[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // tsx keeps function names with a helper the worker lacks.
    await worker.evaluate('globalThis.__name = (f) => f');
    for (const choice of pages) {
      const found = await firstThatLoads(context, Array.isArray(choice) ? choice : [choice]);
      if (!found) continue;
      const { spec, server } = found;
      const n = spec.runs ?? rounds;
      const w = spec.runs ? Math.min(warm, 2) : warm;
      const runs = { qari: { cold: [] as number[], warm: [] as number[], stages: [] as Stages[], warmStages: [] as Stages[] }, bare: { cold: [] as number[], warm: [] as number[] } };
      let readabilityMs = NaN;
      for (let r = 0; r < n; r++) {
        for (const variant of (r % 2 ? ['bare', 'qari'] : ['qari', 'bare']) as Variant[]) {
          const s = await session(context, worker, server, spec, variant, w);
          runs[variant].cold.push(s.times[0]);
          runs[variant].warm.push(...s.times.slice(1));
          if (variant === 'qari') {
            runs.qari.stages.push(s.stages[0]);
            runs.qari.warmStages.push(...s.stages.slice(1));
          }
          if (r === n - 1 && variant === 'qari') readabilityMs = await readabilityInPage(s.page, n);
          await s.page.close();
        }
      }
      const medianStages = (list: Stages[]): Stages => Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((s) => s[k]))]));
      const coldMs = median(runs.qari.cold);
      const warmMs = median(runs.qari.warm);
      const bareColdMs = median(runs.bare.cold);
      const bareWarmMs = median(runs.bare.warm);
      rows.push({
        page: spec.name,
        coldMs,
        warmMs,
        bareColdMs,
        bareWarmMs,
        readabilityMs,
        coldRatio: coldMs / readabilityMs,
        warmRatio: warmMs / readabilityMs,
        coldOverBare: coldMs / bareColdMs,
        warmOverBare: warmMs / bareWarmMs,
        stages: { cold: medianStages(runs.qari.stages), warm: medianStages(runs.qari.warmStages) },
        runs: { cold: n, warm: runs.qari.warm.length },
      });
      if (spec.memory) heaps.push(await heap(context, worker, server, spec));
      await server.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
  return { rows, heap: heaps };
}
