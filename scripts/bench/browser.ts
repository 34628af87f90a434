/**
 * The browser half of `npm run bench`: in headless Chromium with the built
 * extension (test build: it may read 127.0.0.1 without a click), the time
 * from the shortcut's handler to the first paint of the full-page view, and
 * raw Readability's parse time measured in the same page in the same run.
 */
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, tabIdOfUrl } from '../browser';
import { startServer, type FixtureServer } from '../fixture-server';
import { median } from './stats';

const require = createRequire(import.meta.url);
const READABILITY = require.resolve('@mozilla/readability/Readability.js');
const EXTENSION = resolve(import.meta.dirname ?? '.', '../../.output-e2e/chrome-mv3');


export interface BrowserRow {
  page: string;
  /** Command handler → view painted, first time on the tab (the reader is injected then). */
  coldMs: number;
  /** The same, the reader already injected (median of the other runs). */
  warmMs: number;
  /** Raw Readability on a clone of the page's document, in the page (median). */
  readabilityMs: number;
  coldRatio: number;
  warmRatio: number;
}

/** Runs the toggle command and returns when its handler started, in epoch milliseconds. */
function toggle(worker: Worker, id: number): Promise<number> {
  return worker.evaluate(async (tab) => {
    const start = performance.timeOrigin + performance.now();
    await (globalThis as unknown as { qariTest: { command(n: string, id: number): Promise<unknown> } }).qariTest.command('toggle-reader', tab);
    return start;
  }, id);
}

/** Epoch time of the n-th 'qari:view-painted' mark in the page, waiting for it. */
async function painted(page: Page, n: number): Promise<number> {
  await page.waitForFunction((k) => performance.getEntriesByName('qari:view-painted').length >= k, n, { timeout: 60_000 });
  return page.evaluate((k) => performance.timeOrigin + performance.getEntriesByName('qari:view-painted')[k - 1].startTime, n);
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
}

/** How long a page gets to finish loading offline. */
const LOAD_MS = 30_000;

/** The first of `specs` that finishes loading, in a new tab, with the server serving it; null when none does. */
async function openFirstThatLoads(context: BrowserContext, specs: BenchPage[]): Promise<{ spec: BenchPage; server: FixtureServer; page: Page } | null> {
  for (const spec of specs) {
    const server = await startServer(spec.root);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    try {
      await page.goto(server.origin + spec.path, { waitUntil: 'load', timeout: LOAD_MS });
      return { spec, server, page };
    } catch {
      console.log(`(${spec.name} never finished loading offline: skipped)`);
      await page.close();
      await server.close();
    }
  }
  return null;
}

/**
 * Measures each page. A list of pages stands for the first of them that
 * finishes loading offline: some corpus pages never do (an image whose
 * onerror sets another missing image, forever).
 */
export async function browserBench(pages: Array<BenchPage | BenchPage[]>, runs = 5): Promise<BrowserRow[]> {
  const { context, profile } = await launchWithExtension(EXTENSION);
  const rows: BrowserRow[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (const choice of pages) {
      const opened = await openFirstThatLoads(context, Array.isArray(choice) ? choice : [choice]);
      if (!opened) continue;
      const { spec, server, page } = opened;
      const id = await tabIdOfUrl(worker, page.url());
      const times: number[] = [];
      const n = spec.runs ?? runs;
      for (let i = 1; i <= n; i++) {
        const start = await toggle(worker, id);
        times.push((await painted(page, i)) - start);
        await toggle(worker, id);
      }
      const readabilityMs = await readabilityInPage(page, n);
      const coldMs = times[0];
      const warmMs = median(times.slice(1));
      rows.push({ page: spec.name, coldMs, warmMs, readabilityMs, coldRatio: coldMs / readabilityMs, warmRatio: warmMs / readabilityMs });
      await page.close();
      await server.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}
