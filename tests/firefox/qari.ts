import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../../scripts/firefox';
import { startServer, type FixtureServer } from '../../scripts/fixture-server';

/*
 * Qari in Firefox, driven by puppeteer-core over WebDriver BiDi.
 *
 * BiDi will not navigate a tab to a moz-extension: URL and shows no
 * background page, so the tests work through one page of Qari's own: the
 * test build's background turns a tab opened at /__qari-test__/control into
 * Qari's options page (entrypoints/background.ts). Code evaluated there has
 * the extension APIs, as code evaluated in Chromium's service worker has;
 * the background's `qariTest` (the command handler) is reached through
 * `runtime.getBackgroundPage()`.
 */

/** The extension API as seen from the control page (Firefox's own `browser`, promise-based). */
declare const browser: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    create(p: { url: string }): Promise<{ id?: number }>;
  };
  runtime: { getURL(path: string): string; getBackgroundPage(): Promise<typeof globalThis & { qariTest: { command(n: string, id: number): Promise<unknown> } }> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  i18n: { getMessage(key: string): string };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

/**
 * Sets a tab's viewport with BiDi's own `browsingContext.setViewport`.
 * Puppeteer's `page.setViewport` also sends an emulation command (screen
 * orientation) that Firefox ESR 140, Debian's firefox-esr, does not know,
 * and fails on it.
 */
async function sizeViewport(page: Page, width: number, height: number): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { setViewport(options: object): Promise<void> } };
  await frame.browsingContext.setViewport({ viewport: { width, height } });
}

/** The test build: the shipped Firefox MV3 extension plus loopback host permissions. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output-e2e/firefox-mv3', import.meta.url));

/**
 * Generous, explicit limits: nothing here may depend on how busy the machine
 * is. A step (a page load, an answer over BiDi, a line of output) takes well
 * under a second idle and a few seconds on a busy 2-core machine; 60 s only
 * bounds a hang. Waits poll the condition itself, never a fixed time.
 */
const WAIT_MS = 60_000;
const POLL_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `promise`, or a rejection saying `what` took longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` until it gives something other than undefined, at most `ms`. */
export async function until<T>(check: () => Promise<T | undefined>, what: string, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    const value = await check().catch((e: unknown) => void (last = e));
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Waited ${ms} ms for ${what}${last ? ` (last error: ${(last as Error).message ?? last})` : ''}`);
    await sleep(POLL_MS);
  }
}

/**
 * The address a page is really at. Puppeteer reports `about:blank` for a tab
 * the extension opened at one of its own pages; the page itself knows.
 * Undefined while the page is between documents.
 */
export function hrefOf(page: Page): Promise<string | undefined> {
  return within(
    page.evaluate(() => (document.readyState === 'complete' ? location.href : undefined)),
    5_000,
    'location.href',
  ).catch(() => undefined);
}

/**
 * Waits for the whole full-page view in `page` (host `#qari-reader-root`),
 * not its first screen: the background injects the rest of the view's code
 * after the first screen has painted, and the toolbar comes alive then.
 */
export function wholeView(page: Page): Promise<true> {
  return until(
    () => page.evaluate(() => (document.querySelector('#qari-reader-root')?.shadowRoot?.querySelector('.qari-controls:not([inert]) [data-qari="settings-toggle"]') ? true : undefined)),
    'the whole view to take over from the first screen',
  );
}

/**
 * Lines of Firefox's console output that are errors of Qari's: any
 * console.error or console.assert (the fixture pages log none of their own),
 * and uncaught errors in an extension page, the background page, a content
 * script, or a function Qari injects with scripting.executeScript (Firefox
 * names those "sandbox eval code"). The pages' own uncaught errors name
 * their http: URL and are not counted.
 */
const ERROR_LINE = /^(?:console\.(?:error|assert)\b|JavaScript error: (?:moz-extension:\/\/|sandbox eval code))/;
/**
 * Firefox's own modules log through named consoles ("console.error: RSLoader: "
 * is its remote-settings loader failing offline, seen in two CI runs on
 * different tests): their lines are Firefox's, not Qari's, whatever test is
 * running. Qari logs no console errors of its own, so nothing of it is lost.
 */
const FIREFOX_OWN = /^console\.error: (?:RSLoader|RemoteSettings(?:Client|Worker)?): /;

export interface Qari {
  browser: Browser;
  server: FixtureServer;
  /** Qari's options page, in which `ext` evaluates. */
  control: Page;
  /** Runs `fn(arg)` in Qari's control page (with the extension APIs). */
  ext<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>>;
  /** A fixture path (`/pages/isna-wordpress.html`) in a new tab with an address of its own. */
  open(path: string): Promise<Page>;
  /** Firefox's tab id for `page`, found by its address. */
  tabIdOf(page: Page): Promise<number>;
  /** Qari's popup page rendered for `page`'s tab (`popup.html?tabId=N`), in a tab of its own. */
  popupFor(page: Page): Promise<Page>;
  /** Runs a keyboard command on `page`'s tab through the background's own handler. */
  command(name: string, page: Page): Promise<unknown>;
  /** One of Qari's messages in the browser's UI language. */
  message(key: string): Promise<string>;
  /** A place in Firefox's output, for `errorsSince`. */
  mark(): number;
  /**
   * Qari's errors printed since `mark`. First every process that may print
   * (the extension's, and each tab's) logs a marker, and this waits until
   * all markers are out: whatever was printed before them is in.
   */
  errorsSince(mark: number): Promise<string[]>;
  /** Every line Firefox printed since `mark`, once the markers are out (as for `errorsSince`). */
  printedSince(mark: number): Promise<string[]>;
  close(): Promise<void>;
}

let opened = 0;
let popups = 0;
let markers = 0;

/** Serves the fixtures on 127.0.0.1, launches Firefox with the test build, opens the control page. */
export async function startQari(): Promise<Qari> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error(`No test build at ${EXTENSION_DIR}: run npm run build:e2e:firefox`);
  const server = await startServer();
  const { browser: ff, output } = await launchFirefoxWithExtension(EXTENSION_DIR).catch(async (e) => {
    await server.close();
    throw e;
  });

  // A new tab at the address the background turns into Qari's options page.
  // page.goto() would wait forever for a load BiDi never reports (the tab
  // leaves for a moz-extension: page), so the page navigates itself.
  const control = await ff.newPage();
  await control.evaluate((url) => void (location.href = url), `${server.origin}/__qari-test__/control`);
  await until(async () => ((await hrefOf(control))?.startsWith('moz-extension://') ? true : undefined), 'the control page (Qari\'s options page)');

  const ext = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
    within(control.evaluate(fn as (arg: unknown) => unknown, arg as unknown), WAIT_MS, 'the control page') as Promise<Awaited<R>>;

  // Firefox MV3 host permissions are the user's to grant; a temporary
  // install over BiDi grants the requested ones. Check, so that a Firefox
  // that stops doing so fails here, clearly, and not as "can't read this page".
  const granted = await ext(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }), null);
  if (!granted) throw new Error('Firefox did not grant the test build its host permission on http://127.0.0.1/*');

  const tabIdOf = async (page: Page) => {
    const url = page.url();
    const ids = await ext(async (u) => (await browser.tabs.query({})).filter((t) => t.url === u).map((t) => t.id), url);
    if (ids.length !== 1 || ids[0] === undefined) throw new Error(`${ids.length} tabs at ${url}`);
    return ids[0];
  };

  const printedSince = async (mark: number) => {
    const id = `qari-test-marker-${++markers}`;
    // The background page and Qari's pages share the extension's process.
    await ext(async (m) => (await browser.runtime.getBackgroundPage()).console.log(m), id);
    const tabs: Page[] = [];
    for (const page of await ff.pages()) if ((await hrefOf(page))?.startsWith('http:')) tabs.push(page);
    for (const tab of tabs) await within(tab.evaluate((m) => console.log(m), id), WAIT_MS, 'a tab');
    await until(async () => (output.filter((line) => line.includes(id)).length >= 1 + tabs.length ? true : undefined), "Firefox's console output to catch up");
    return output.slice(mark);
  };

  return {
    browser: ff,
    server,
    control,
    ext,
    async open(path) {
      const page = await ff.newPage();
      await sizeViewport(page, 1200, 800);
      await page.goto(`${server.origin}${path}${path.includes('?') ? '&' : '?'}ftab=${++opened}`, { waitUntil: 'load', timeout: WAIT_MS });
      return page;
    },
    tabIdOf,
    async popupFor(page) {
      const tabId = await tabIdOf(page);
      const path = `/popup.html?tabId=${tabId}&fpopup=${++popups}`;
      await ext((p) => browser.tabs.create({ url: browser.runtime.getURL(p) }).then(() => null), path);
      const popup = await until(async () => {
        for (const candidate of await ff.pages()) if ((await hrefOf(candidate))?.endsWith(path)) return candidate;
        return undefined;
      }, `the popup page ${path}`);
      await sizeViewport(popup, 560, 600);
      return popup;
    },
    command: async (name, page) => {
      const tabId = await tabIdOf(page);
      return ext(async ([n, id]) => (await browser.runtime.getBackgroundPage()).qariTest.command(n, id), [name, tabId] as const);
    },
    message: (key) => ext((k) => browser.i18n.getMessage(k), key),
    mark: () => output.length,
    errorsSince: async (mark) => (await printedSince(mark)).filter((line) => ERROR_LINE.test(line) && !FIREFOX_OWN.test(line)),
    printedSince,
    async close() {
      await ff.close();
      await server.close();
    },
  };
}
