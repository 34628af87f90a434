/** A tab of the browser bench: opening a page, toggling Qari's view or the bare reader's, waiting for the paint. */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { FixtureServer } from '../fixture-server';

/** Where the bare reader (bare.ts) sits in the bench's copy of the test build. */
export const BARE_FILE = '/bench-bare.js';

/** How long a page gets to finish loading offline. */
const LOAD_MS = 30_000;

export async function openTab(context: BrowserContext, server: FixtureServer, spec: { path: string }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(server.origin + spec.path, { waitUntil: 'load', timeout: LOAD_MS });
  return page;
}

export type Variant = 'qari' | 'bare';
export const PAINT_MARK: Record<Variant, string> = { qari: 'qari:view-painted', bare: 'qari:bare-painted' };
/** Qari's whole view painted after it took over from the first screen (cold only). */
export const READY_MARK = 'qari:view-ready';

/** Runs Qari's toggle command (or the bare reader's, injected the same way) and returns when it started, in epoch milliseconds. */
export function toggle(worker: Worker, id: number, variant: Variant): Promise<number> {
  if (variant === 'qari')
    return worker.evaluate(async (tab) => {
      const start = performance.timeOrigin + performance.now();
      await (globalThis as unknown as { qariTest: { command(n: string, id: number): Promise<unknown> } }).qariTest.command('toggle-reader', tab);
      return start;
    }, id);
  return worker.evaluate(
    async ([tab, file]) => {
      type Run = (o: object) => Promise<Array<{ result?: unknown }>>;
      const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript: Run } } }).chrome.scripting;
      const start = performance.timeOrigin + performance.now();
      const target = { tabId: tab };
      const [present] = await scripting.executeScript({ target, func: () => 'qariBare' in globalThis });
      if (present?.result !== true) await scripting.executeScript({ target, files: [file] });
      await scripting.executeScript({ target, func: () => (globalThis as unknown as { qariBare: { toggle(): boolean } }).qariBare.toggle() });
      return start;
    },
    [id, BARE_FILE] as const,
  );
}

/** Epoch time of the n-th paint mark in the page, waiting for it. */
export async function painted(page: Page, name: string, n: number): Promise<number> {
  await page.waitForFunction(([m, k]) => performance.getEntriesByName(m).length >= k, [name, n] as const, { timeout: 120_000 });
  return page.evaluate(([m, k]) => performance.timeOrigin + performance.getEntriesByName(m)[k - 1].startTime, [name, n] as const);
}

