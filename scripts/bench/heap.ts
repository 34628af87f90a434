/** The JS heap the full-page view adds and gives back (CDP through Playwright), for the browser bench. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { tabIdOfUrl } from '../browser';
import type { FixtureServer } from '../fixture-server';
import { openTab, PAINT_MARK, painted, toggle } from './tab';

export interface HeapRow {
  page: string;
  /** JS heap used before the first open, after it (view painted), after closing: MB, each after a forced GC. */
  beforeMB: number;
  openMB: number;
  closedMB: number;
  /** The same on a later open and close (the reader's code is already in the tab). */
  reopenMB: number;
  reclosedMB: number;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

/** The JS heap opening the view adds, and closing it gives back, on a fresh tab of `spec`. */
export async function heap(context: BrowserContext, worker: Worker, server: FixtureServer, spec: { name: string; path: string }): Promise<HeapRow> {
  const page = await openTab(context, server, spec);
  const id = await tabIdOfUrl(worker, page.url());
  const cycle = async (n: number) => {
    await toggle(worker, id, 'qari');
    await painted(page, PAINT_MARK.qari, n);
    const open = await heapMB(page);
    await toggle(worker, id, 'qari');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    return { open, closed: await heapMB(page) };
  };
  const beforeMB = await heapMB(page);
  const first = await cycle(1);
  const second = await cycle(2);
  await page.close();
  return { page: spec.name, beforeMB, openMB: first.open, closedMB: first.closed, reopenMB: second.open, reclosedMB: second.closed };
}

