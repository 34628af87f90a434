import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS } from './need-browser';

/** Debian's Chromium (`QARI_CHROMIUM` overrides); Playwright never downloads a browser here. */
export const CHROMIUM = BROWSERS.chromium.path;

export interface LaunchOptions {
  headless?: boolean;
  /** UI language of the browser, which is the extension's UI language too ("ar", "en-US"). */
  locale?: string;
}

/**
 * Chromium with the unpacked extension at `extensionDir` loaded, in a fresh
 * profile. Without --disable-extensions-except no extension loads (Playwright
 * passes --disable-extensions); the background-networking flags keep Chromium
 * from calling home on a machine with no internet.
 */
export async function launchWithExtension(extensionDir: string, { headless = true, locale }: LaunchOptions = {}): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'qari-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    locale: locale ?? 'en-US',
    env: locale ? { ...process.env, LANGUAGE: locale } : process.env,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(locale ? [`--lang=${locale}`] : []),
    ],
  });
  return { context, profile };
}

/**
 * Runs keyboard command `name` on tab `tabId` through the background's own
 * handler, by the test build's hook (`qariTest`): a test cannot press a
 * browser shortcut.
 */
export function runCommand(worker: Worker, name: string, tabId: number): Promise<unknown> {
  return worker.evaluate(
    ([n, id]) => (globalThis as unknown as { qariTest: { command(n: string, id: number): Promise<unknown> } }).qariTest.command(n, id),
    [name, tabId] as const,
  );
}

/** The browser's id of the tab showing `url`, asked of the extension's service worker. */
export function tabIdOfUrl(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } } };
    return (await chrome.tabs.query({})).find((t) => t.url === u)!.id;
  }, url);
}
