import { browser } from 'wxt/browser';

/** The id of the active tab of the current window, if any. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Opens Qari's options page. */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Calls `listener` with a tab and its new address whenever a tab's address changes. */
export function onTabAddress(listener: (tabId: number, url: string) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) listener(tabId, change.url);
  });
}

/** Shows Qari's options page in tab `tabId`, in place of what it shows. */
export async function showOptionsInTab(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { url: browser.runtime.getURL('/options.html') });
}

/** Opens the library page in a new tab. */
export async function openLibraryPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}
