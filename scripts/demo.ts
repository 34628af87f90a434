/**
 * npm run demo [-- --screenshot DIR] [--lang ar|en]
 *
 * Builds Qari, serves the seed article's page on 127.0.0.1 and opens Chromium
 * with the extension loaded on it, for a new user to try at once: click the
 * toolbar button for the popup, press Alt+Shift+K for the full-page view.
 * With --screenshot DIR it runs headless instead and writes PNGs of the popup
 * and the full-page view in the light and dark themes, of quote mode on the
 * seed article and on a Persian page (quotes-fa.png), and of right-to-left
 * by paragraph and per-script typography (the mixed page, Urdu in Nastaliq,
 * a verse in full tashkeel, underlined quotations), then exits.
 *
 * It loads the test build (.output-e2e), identical to the shipped one but for
 * host permissions on 127.0.0.1, so screenshots need no click on the toolbar,
 * and the test hooks (README, Testing: an open shadow root to find things in).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, runCommand, tabIdOfUrl } from './browser';
import { startServer } from './fixture-server';
import { needBrowsers } from './need-browser';

const EXTENSION = resolve(import.meta.dirname ?? '.', '../.output-e2e/chrome-mv3');
const PAGE = '/pages/isna-wordpress.html';
/** Quote mode on a Persian news page of our corpus: verb-final speakers, a quoted term left alone. */
const PERSIAN_PAGE = '/corpus/fa-sepehr-weekly-markets-review/source.html';

const { values } = parseArgs({
  options: {
    screenshot: { type: 'string' },
    lang: { type: 'string', default: 'ar' },
    'no-build': { type: 'boolean', default: false },
  },
});

function build(): void {
  const run = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

/** Sets preferences through the same storage items the options page writes. */
async function setPrefs(worker: Worker, prefs: Record<string, unknown>): Promise<void> {
  await worker.evaluate((p) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set(p), prefs);
}

/** Waits (at most 10 s) until the article's images in view have loaded: a screenshot with an empty frame shows nothing. */
async function imagesLoaded(page: Page, host: string | null): Promise<void> {
  await page
    .waitForFunction(
      (h) => [...(h ? document.querySelector(h)!.shadowRoot! : document).querySelectorAll('[data-qari="article"] img')].every((img) => (img as HTMLImageElement).complete || img.getBoundingClientRect().top > innerHeight),
      host,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

async function screenshots(dir: string, context: BrowserContext, origin: string): Promise<string[]> {
  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(origin + PAGE);
  const tabId = await tabIdOfUrl(worker, page.url());
  const written: string[] = [];
  for (const theme of ['light', 'dark']) {
    await setPrefs(worker, { theme });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 560, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-qari="article"] p').first().waitFor();
    await popup.evaluate(() => document.fonts.ready);
    await imagesLoaded(popup, null);
    const popupFile = resolve(dir, `popup-${theme}.png`);
    await popup.screenshot({ path: popupFile });
    await popup.close();

    await page.bringToFront();
    await runCommand(worker, 'toggle-reader', tabId);
    await page.locator('#qari-reader-root [data-qari="article"] p').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await imagesLoaded(page, '#qari-reader-root');
    await page.waitForTimeout(300);
    const pageFile = resolve(dir, `fullpage-${theme}.png`);
    await page.screenshot({ path: pageFile });
    await runCommand(worker, 'toggle-reader', tabId);
    written.push(popupFile, pageFile);
  }
  // Quote mode in the full-page view: highlights by speaker, the panel open, a quotation focused.
  await setPrefs(worker, { theme: 'light', quotes: true });
  written.push(await quoteMode(page, worker, tabId, resolve(dir, 'quotes.png')));
  const persian = await context.newPage();
  await persian.setViewportSize({ width: 1280, height: 860 });
  await persian.goto(origin + PERSIAN_PAGE);
  written.push(await quoteMode(persian, worker, await tabIdOfUrl(worker, persian.url()), resolve(dir, 'quotes-fa.png')));
  await setPrefs(worker, { quotes: false });
  written.push(...(await scriptShots(dir, context, worker, origin)));
  return written;
}

/** Opens the full-page view on `page` in quote mode with the quotes panel open and the second quotation chosen, and screenshots it. */
async function quoteMode(page: Page, worker: Worker, tabId: number, file: string): Promise<string> {
  await page.bringToFront();
  await runCommand(worker, 'toggle-reader', tabId);
  await page.locator('#qari-reader-root mark[data-qari-quote]').first().waitFor();
  await page.locator('#qari-reader-root #qari-quotes-title').click();
  await page.locator('#qari-reader-root .qari-quote-link[data-quote="1"]').click();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Right to left by paragraph and typography by script, in the full-page
 * view: the page of Arabic paragraphs that start with Latin words, an Urdu
 * article in Nastaliq, a verse in full tashkeel, and its quotations
 * underlined in quote mode.
 */
async function scriptShots(dir: string, context: BrowserContext, worker: Worker, origin: string): Promise<string[]> {
  const shots: Array<{ file: string; slug: string; prefs: Record<string, unknown>; scrollTo?: string }> = [
    { file: 'mixed-directions.png', slug: 'mixed-latin', prefs: { loadImages: false }, scrollTo: 'p' },
    { file: 'urdu-nastaliq.png', slug: 'urdu-smog', prefs: {} },
    { file: 'verse-tashkeel.png', slug: 'ramadan-verse', prefs: {}, scrollTo: 'blockquote' },
    { file: 'quotes-underlined.png', slug: 'ramadan-verse', prefs: { quotes: true }, scrollTo: 'blockquote' },
  ];
  const written: string[] = [];
  for (const shot of shots) {
    await setPrefs(worker, { theme: 'light', quotes: false, loadImages: true, ...shot.prefs });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(`${origin}/pages/${shot.slug}.html`);
    await runCommand(worker, 'toggle-reader', await tabIdOfUrl(worker, page.url()));
    await page.locator('#qari-reader-root [data-qari="article"] p').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (shot.scrollTo) await page.locator(`#qari-reader-root [data-qari="article"] ${shot.scrollTo}`).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(400);
    const file = resolve(dir, shot.file);
    await page.screenshot({ path: file });
    await page.close();
    written.push(file);
  }
  await setPrefs(worker, { quotes: false, loadImages: true });
  return written;
}

// A window needs a display; say what works instead of Chromium's stack trace.
if (values.screenshot === undefined && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display ($DISPLAY is not set): npm run demo -- --screenshot DIR writes PNGs headless, or run it in a virtual display with xvfb-run npm run demo (Debian: apt-get install xvfb).');
  process.exit(1);
}
needBrowsers('chromium');
if (!values['no-build']) build();
const server = await startServer();
const headless = values.screenshot !== undefined;
const { context, profile } = await launchWithExtension(EXTENSION, { headless, locale: values.lang });
try {
  if (values.screenshot !== undefined) {
    const dir = resolve(values.screenshot);
    mkdirSync(dir, { recursive: true });
    for (const file of await screenshots(dir, context, server.origin)) console.log(`wrote ${file}`);
  } else {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.origin + PAGE);
    console.log(`Qari is loaded. The seed article is open at ${server.origin + PAGE}.`);
    console.log('Click the ق button in the toolbar for the popup, or press Alt+Shift+K for the full-page view.');
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
} finally {
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
