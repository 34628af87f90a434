import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, runCommand } from '../../scripts/browser';
import { startServer, type FixtureServer } from '../../scripts/fixture-server';

/** The extension API inside `worker.evaluate` callbacks (they run in the service worker). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
};

/** The test-only build: the shipped extension plus loopback host permissions. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output-e2e/chrome-mv3', import.meta.url));

interface Fixtures {
  /** The browser's UI language (the extension's too): QARI_LOCALE, or `test.use({ uiLocale: 'ar' })`. */
  uiLocale: string | undefined;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens `popup.html?tabId=N` for `page` in a new tab, as the toolbar popup would render it. */
  openPopup: (page: Page) => Promise<Page>;
  /** Runs a keyboard command through the background's own handler. */
  command: (name: string, page: Page) => Promise<unknown>;
  /** The Chrome tab id of a page. */
  tabIdOf: (page: Page) => Promise<number>;
}

export const test = base.extend<Fixtures, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  uiLocale: [process.env.QARI_LOCALE, { option: true }],
  context: async ({ uiLocale }, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No test build at ${EXTENSION_DIR}: run npm run build:e2e`);
    const { context, profile } = await launchWithExtension(EXTENSION_DIR, { locale: uiLocale });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  tabIdOf: async ({ worker }, use) => {
    await use(async (page) => {
      const url = page.url();
      // Pages the extension may not read (chrome://) show no url: bring the
      // page to the front and take the active tab.
      await page.bringToFront();
      const ids = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const byUrl = tabs.filter((t) => t.url === u).map((t) => t.id);
        if (byUrl.length || /^https?:/.test(u)) return byUrl;
        return (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id);
      }, url);
      if (ids.length === 0 || ids[0] === undefined) throw new Error(`No tab for ${url}`);
      if (ids.length > 1) throw new Error(`${ids.length} tabs at ${url}: give each page its own address (e.g. a query string)`);
      return ids[0];
    });
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 560, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    });
  },
  command: async ({ worker, tabIdOf }, use) => {
    await use(async (name, page) => {
      const tabId = await tabIdOf(page);
      return runCommand(worker, name, tabId);
    });
  },
});

export const expect = test.expect;
