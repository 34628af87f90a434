import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { FixtureServer } from '../../scripts/fixture-server';
import { expect, test } from './fixtures';
import { DEFAULT_PREFS } from '../../utils/prefs/schema';
import { storedPrefs } from './helpers';

declare const chrome: { scripting: unknown };

/**
 * The full-page view comes in two scripts (entrypoints/reader.content/view-code.ts):
 * the reader paints a first screen, and the background injects the rest of
 * the view's code after that paint. Here the background's injections of
 * that second file are counted, and held until the test lets them go.
 */
async function holdViewCode(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scripting = chrome.scripting as unknown as { executeScript: (o: { files?: string[] }) => Promise<unknown> };
    const original = scripting.executeScript.bind(scripting);
    const hold = { count: 0, held: [] as Array<() => void> };
    (globalThis as unknown as { viewCodeHold: typeof hold }).viewCodeHold = hold;
    scripting.executeScript = (options) => {
      if (!options.files?.some((f) => f.endsWith('/reader-view.js'))) return original(options);
      hold.count++;
      return new Promise((resolve, reject) => hold.held.push(() => original(options).then(resolve, reject)));
    };
  });
}

const heldInjections = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { viewCodeHold: { count: number } }).viewCodeHold.count);
const release = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { viewCodeHold: { held: Array<() => void> } }).viewCodeHold.held.splice(0).forEach((go) => go()));

interface Opening {
  context: BrowserContext;
  server: FixtureServer;
  worker: Worker;
  command: (name: string, page: Page) => Promise<unknown>;
}

/** The seed page with the full-page view's first screen open, the rest of the view's code held back. */
async function openFirstScreen({ context, server, worker, command }: Opening): Promise<Page> {
  await holdViewCode(worker);
  const page = await context.newPage();
  await page.goto(`${server.origin}/pages/isna-wordpress.html`);
  await command('toggle-reader', page);
  await expect.poll(() => heldInjections(worker), { timeout: 15_000 }).toBe(1);
  return page;
}

test('the first screen shows the article under an inert toolbar; the whole view then takes over in place, its keys working', async ({ context, server, worker, command }) => {
  await holdViewCode(worker);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${server.origin}/pages/isna-wordpress.html`);
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  const title = view.locator('[data-qari="title"]');
  await expect(title).toBeVisible();
  await expect(view.locator('[data-qari="article"]')).toHaveAttribute('dir', 'rtl');
  // Asked for once the first screen painted, and held: the toolbar is drawn but cannot be used yet.
  await expect.poll(() => heldInjections(worker), { timeout: 15_000 }).toBe(1);
  await expect(view.locator('.qari-controls')).toHaveAttribute('inert', '');
  const buttons = () => view.locator('[role="toolbar"] button').evaluateAll((els) => els.map((el) => el.getAttribute('data-qari')));
  const firstButtons = await buttons();
  const firstText = await view.locator('[data-qari="article"]').innerText();
  await page.evaluate(() => document.fonts.ready);
  const firstBox = await title.boundingBox();

  await release(worker);
  await expect(view.locator('.qari-controls')).not.toHaveAttribute('inert', '', { timeout: 15_000 });
  await expect(view.locator('[data-qari="article"]')).toHaveCount(1);
  expect(await view.locator('[data-qari="article"]').innerText()).toBe(firstText);
  // The same buttons: a button more would widen the toolbar and could wrap it, moving the article down.
  expect(await buttons()).toEqual(firstButtons);
  await page.evaluate(() => document.fonts.ready);
  // Nothing moved: the first screen is the whole view's first frame.
  expect(await title.boundingBox()).toEqual(firstBox);
  await page.keyboard.press('Escape');
  await expect(page.locator('#qari-reader-root')).not.toBeAttached();
});

test('text selected in the first screen is still selected once the whole view has taken over, and can be highlighted', async ({ context, server, worker, command }) => {
  const page = await openFirstScreen({ context, server, worker, command });
  const chosen = await page.evaluate(() => {
    const body = document.querySelector('#qari-reader-root')!.shadowRoot!.querySelector('[data-qari="article"] p')!;
    const text = [...body.childNodes].find((n): n is Text => n.nodeType === 3 && (n as Text).data.trim().length > 30)!;
    document.getSelection()!.setBaseAndExtent(text, 2, text, 22);
    return text.data.slice(2, 22);
  });
  const selected = () => page.evaluate(() => ((document.querySelector('#qari-reader-root')!.shadowRoot as unknown as { getSelection(): Selection }).getSelection()?.toString() ?? ''));
  expect(await selected()).toBe(chosen);
  await release(worker);
  const view = page.locator('#qari-reader-root');
  await expect(view.locator('.qari-controls')).not.toHaveAttribute('inert', '', { timeout: 15_000 });
  expect(await selected()).toBe(chosen);
  // The whole view sees it as its own selection: its highlight bar offers to mark it.
  await expect(view.locator('[data-qari="selection-bar"]')).toBeVisible();
});

test('Esc closes the first screen before the rest of the view\'s code is there, and the code arriving late changes nothing', async ({ context, server, worker, command }) => {
  const page = await openFirstScreen({ context, server, worker, command });
  await expect(page.locator('#qari-reader-root .qari-controls')).toHaveAttribute('inert', '');
  await page.keyboard.press('Escape');
  await expect(page.locator('#qari-reader-root')).not.toBeAttached();
  await release(worker);
  await page.waitForTimeout(500);
  await expect(page.locator('#qari-reader-root')).not.toBeAttached();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');
});

test('reader keys pressed in the first screen are done once the whole view is there: Q shows the quotations, + enlarges the text', async ({ context, server, worker, command }) => {
  const page = await openFirstScreen({ context, server, worker, command });
  const article = page.locator('#qari-reader-root [data-qari="article"]');
  await page.keyboard.press('q');
  await page.keyboard.press('+');
  // Nothing yet: the first screen has no quote mode.
  expect(await article.locator('mark[data-qari-quote]').count()).toBe(0);
  await release(worker);
  await expect(article.locator('mark[data-qari-quote]').first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await storedPrefs(worker)).quotes).toBe(true);
  await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(DEFAULT_PREFS.fontSize + 1);
});

test('the rest of the view\'s code is injected once per tab: opened again, the whole view is drawn at once', async ({ context, server, worker, command }) => {
  const page = await openFirstScreen({ context, server, worker, command });
  await release(worker);
  await expect(page.locator('#qari-reader-root .qari-controls')).not.toHaveAttribute('inert', '', { timeout: 15_000 });
  await command('toggle-reader', page);
  await expect(page.locator('#qari-reader-root')).not.toBeAttached();
  await command('toggle-reader', page);
  // The command answers once the view is drawn: the whole view, not a first screen.
  expect(await page.locator('#qari-reader-root .qari-controls').evaluate((el) => el.hasAttribute('inert'))).toBe(false);
  expect(await heldInjections(worker)).toBe(1);
});
