import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FixtureServer } from '../../scripts/fixture-server';

/** The extension API inside `worker.evaluate` callbacks (they run in the service worker). */
declare const chrome: {
  storage: { sync: { get(keys: null | string | string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

let opened = 0;

/**
 * A fixture page (the seed article by default) in a new tab. Each tab gets
 * its own address (a query string the server ignores), so `tabIdOf` can
 * tell two tabs of the same fixture apart.
 */
export async function openFixture(context: BrowserContext, server: FixtureServer, slug = 'isna-wordpress', viewport = { width: 1200, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.origin}/pages/${slug}.html?tab=${++opened}`);
  return page;
}

/** Everything Qari keeps in `chrome.storage.sync` (one key per preference). */
export function storedPrefs(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.sync.get(null));
}

/** Stores preferences directly, as another view (or another device) would. */
export function storePrefs(worker: Worker, prefs: Record<string, unknown>): Promise<void> {
  return worker.evaluate((p) => chrome.storage.sync.set(p), prefs);
}

/**
 * The reader's controls, found the way PrefControls names them
 * (`idPrefix` is `qari-popup`, `qari-page` or `qari-options`).
 */
export function controls(root: Page | Locator, idPrefix: string) {
  const segment = (name: string, value: string) => root.locator(`[role="group"][aria-labelledby="${idPrefix}-${name}"] button[data-value="${value}"]`);
  const stepper = (label: string) => root.locator(`[role="group"][aria-labelledby="${idPrefix}-${label}"]`);
  return {
    font: root.locator(`#${idPrefix}-font`),
    numerals: root.locator(`#${idPrefix}-numerals`),
    justify: root.locator(`#${idPrefix}-justify`),
    quotes: root.locator(`#${idPrefix}-quotes`),
    images: root.locator(`#${idPrefix}-images`),
    width: (value: 'narrow' | 'medium' | 'wide') => segment('width', value),
    theme: (value: 'light' | 'sepia' | 'dark' | 'auto') => segment('theme', value),
    diacritics: (value: 'show' | 'hide') => segment('diacritics', value),
    smaller: stepper('size-label').locator('button').first(),
    larger: stepper('size-label').locator('button').last(),
    size: stepper('size-label').locator('output[data-pref="fontSize"]'),
    tighter: stepper('leading-label').locator('button').first(),
    looser: stepper('leading-label').locator('button').last(),
    leading: stepper('leading-label').locator('output[data-pref="lineHeight"]'),
  };
}

/** Opens the reader's settings panel (popup or full-page view). */
export async function openSettings(root: Page | Locator): Promise<void> {
  const toggle = root.locator('[data-qari="settings-toggle"]');
  await toggle.click();
  await root.locator('[data-qari="settings"]').waitFor();
}

/** A computed style property of the first element matching `locator`. */
export function computed(locator: Locator, prop: string): Promise<string> {
  return locator.first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
}

/** Theme background colours of `.qari` (reader.css). */
export const THEME_BACKGROUND = {
  light: 'rgb(253, 253, 251)',
  sepia: 'rgb(246, 239, 224)',
  dark: 'rgb(23, 24, 26)',
} as const;

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** axe-core's source, evaluated in the page's main world (CDP evaluation is not subject to the extension pages' CSP). */
export async function injectAxe(page: Page): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(axeSource);
}

export interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeRule {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}
export interface AxeSummary {
  violations: AxeRule[];
  passes: AxeRule[];
  incomplete: AxeRule[];
}

/**
 * The rules axe runs: every WCAG 2.0/2.1 A and AA rule and axe's best
 * practices (landmarks, names of dialogs and regions, heading order…), which
 * catch what a screen-reader user meets even where WCAG does not require it.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on `context` (axe's context syntax; the whole document when omitted). */
export async function runAxe(page: Page, context?: unknown): Promise<AxeSummary> {
  await injectAxe(page);
  return page.evaluate(async ({ ctx, tags }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<AxeSummary> } }).axe;
    const options = { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes', 'incomplete'] };
    const results = await axe.run(ctx ?? document, options);
    const slim = (rules: AxeRule[]) =>
      rules.map((r) => ({ id: r.id, impact: r.impact, help: r.help, helpUrl: r.helpUrl, nodes: r.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) }));
    return { violations: slim(results.violations), passes: slim(results.passes), incomplete: slim(results.incomplete) };
  }, { ctx: context ?? null, tags: AXE_TAGS });
}

/** Violations, written so a failing test says what to fix. */
export function describeViolations(rules: AxeRule[]): string {
  return rules
    .map((r) => {
      const nodes = r.nodes
        .map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `- ${r.id} (${r.impact ?? 'n/a'}): ${r.help}\n  ${r.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** One request the browser made, as `recordRequests` keeps it. */
export interface RecordedRequest {
  url: string;
  /** Who asked: the URL of the frame's document, `worker:<url>` for a service worker, `?` when neither is known. */
  from: string;
  resourceType: string;
  /** Index in the recording, for "after this point" checks. */
  seq: number;
}

/**
 * Every request any page, frame or service worker of `context` makes from now
 * on. (Playwright 1.65 reports an extension service worker's fetches on the
 * context, with `request.serviceWorker()` set and no frame; `worker.on('request')`
 * does not fire for them.)
 */
export function recordRequests(context: BrowserContext): { list: RecordedRequest[]; mark(): number; since(mark: number): RecordedRequest[]; stop(): void } {
  const list: RecordedRequest[] = [];
  const onRequest = (req: import('@playwright/test').Request) => {
    let from = '?';
    const sw = req.serviceWorker();
    if (sw) from = `worker:${sw.url()}`;
    else {
      try {
        from = req.frame().url();
      } catch {
        from = '?';
      }
    }
    list.push({ url: req.url(), from, resourceType: req.resourceType(), seq: list.length });
  };
  context.on('request', onRequest);
  return {
    list,
    mark: () => list.length,
    since: (mark) => list.slice(mark),
    stop: () => context.off('request', onRequest),
  };
}

/** Waits until `count()` has not changed for `quietMs` (at most `maxMs`): the network has gone quiet. */
export async function waitForQuiet(count: () => number, quietMs = 700, maxMs = 10_000): Promise<void> {
  const start = Date.now();
  let last = count();
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

let openedPaths = 0;

/** Any path of the fixture server (`/not-articles/search.html`) in a new tab, with an address of its own (`?tab=N`). */
export async function openFixturePath(context: BrowserContext, server: FixtureServer, path: string, viewport = { width: 1200, height: 800 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.origin}${path}${path.includes('?') ? '&' : '?'}qtab=${++openedPaths}`);
  return page;
}

/**
 * The Chrome tab id of `page` found as the active tab after bringing it to
 * the front: for tabs whose address the extension may not see and Playwright
 * reports differently (view-source:, file:, error pages).
 */
export async function activeTabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const tabs = await (chrome as unknown as { tabs: { query(q: object): Promise<Array<{ id?: number }>> } }).tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]?.id;
  });
  if (id === undefined) throw new Error('No active tab');
  return id;
}

/** A message of the extension in the browser's UI language (`chrome.i18n.getMessage` in the worker). */
export function extensionMessage(worker: Worker, key: string): Promise<string> {
  return worker.evaluate((k) => (chrome as unknown as { i18n: { getMessage(k: string): string } }).i18n.getMessage(k), key);
}

/**
 * Errors Qari throws or logs where `page` can see them: uncaught errors and
 * rejections (the reader's isolated world reports here too), and console
 * errors. On a web page (`own: false`), the page's own failed loads (a missing
 * favicon, a frame's 404) name a URL that is not the extension's: they go to
 * `ignored`. On Qari's own pages (`own: true`) everything counts.
 */
export function watchErrors(page: Page, label: string, errors: string[], { own = false, ignored = [] as string[] } = {}): void {
  page.on('pageerror', (e) => errors.push(`${label} pageerror: ${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'assert') return;
    const where = m.location().url;
    const line = `${label} console.${m.type()}: ${m.text()} (at ${where || '?'})`;
    const pagesOwnLoad = !own && /^Failed to load resource/.test(m.text()) && !where.startsWith('chrome-extension://');
    (pagesOwnLoad ? ignored : errors).push(line);
  });
}
