import { browser } from 'wxt/browser';

type Commands = typeof browser.commands & { update?: (detail: { name: string; shortcut: string }) => Promise<void> };

/** Calls `listener` with every keyboard command pressed, and the tab it was pressed on. */
export function onCommand(listener: (name: string, tabId?: number) => void): void {
  browser.commands.onCommand.addListener((name, tab) => listener(name, tab?.id));
}

/** The keys of command `name`, '' when it has none. */
export async function commandShortcut(name: string): Promise<string> {
  const all = await browser.commands.getAll();
  return all.find((c) => c.name === name)?.shortcut ?? '';
}

/** Whether the extension may change its own shortcuts: Firefox only (commands.update). */
export function canChangeShortcuts(): boolean {
  return typeof (browser.commands as Commands).update === 'function';
}

/** Gives command `name` the keys `shortcut` (Firefox); rejects keys the browser refuses. */
export function changeShortcut(name: string, shortcut: string): Promise<void> {
  return (browser.commands as Commands).update!({ name, shortcut });
}

/** Opens the browser's page of extension shortcuts (Chrome, Edge: where they are changed). */
export async function openShortcutsPage(): Promise<void> {
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
