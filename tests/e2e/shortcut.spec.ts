import { expect, test } from './fixtures';

/** The extension API inside `worker.evaluate` callbacks. */
declare const chrome: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string; description?: string }>> };
};

/*
 * The keyboard shortcut: the suggested key of wxt.config.ts is the one the
 * browser actually assigned (Chromium leaves a suggestion unassigned when it
 * clashes), and the options page tells the user that same key.
 */

test('the toggle-reader command has Alt+Shift+K assigned', async ({ worker }) => {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const toggle = commands.find((c) => c.name === 'toggle-reader');
  expect(toggle, JSON.stringify(commands)).toBeDefined();
  expect(toggle!.shortcut).toBeTruthy();
  expect(toggle!.shortcut).toBe('Alt+Shift+K');
  expect(toggle!.description).toBe('Open or close the full-page reader');
});

test('the options page shows the shortcut the browser assigned', async ({ context, worker, extensionId }) => {
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  const assigned = commands.find((c) => c.name === 'toggle-reader')?.shortcut;
  expect(assigned).toBeTruthy();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const shortcut = options.locator('[data-qari="shortcut"]');
  await expect(shortcut.locator('kbd')).toHaveText(assigned!);
  await expect(shortcut).toContainText('Open or close the full-page reader');
});
