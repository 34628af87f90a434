/** Pages the browser does not let extensions read, and why. Pure. */

export type Restriction =
  /** chrome://, edge://, about:, the new tab page, other extensions' pages. */
  | 'browser-page'
  /** Chrome Web Store, Edge Add-ons, addons.mozilla.org. */
  | 'web-store'
  /** The browser's PDF viewer. */
  | 'pdf'
  | 'view-source'
  /** file:// while "Allow access to file URLs" is off. */
  | 'file'
  /** The tab shows the browser's own error page. */
  | 'error-page'
  /** The extension was not granted this tab (no click on its button here). */
  | 'no-permission'
  /** The tab never answered a script (Chromium's view-source: pages, some browser pages). */
  | 'no-answer';

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/** What keeps Qari out of a tab at `url`, judged from the address alone; null when nothing does. */
export function restrictionOfUrl(url: string | undefined): Restriction | null {
  if (!url) return null;
  if (/^view-source:/i.test(url)) return 'view-source';
  if (/^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|devtools|chrome-search|chrome-untrusted):/i.test(url)) {
    return 'browser-page';
  }
  if (STORES.some((re) => re.test(url))) return 'web-store';
  if (/^https?:\/\/[^?#]+\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  return null;
}

/** Reads the error `scripting.executeScript` threw for a tab into a Restriction, or null when it is something else. */
export function restrictionOfError(message: string, url?: string): Restriction | null {
  const m = message.toLowerCase();
  if (m.includes('gallery cannot be scripted') || m.includes('web store')) return 'web-store';
  if (m.includes('chrome://') || m.includes('edge://') || m.includes('chrome-extension://') || m.includes('about:')) {
    return 'browser-page';
  }
  if (m.includes('error page')) return 'error-page';
  if (url?.startsWith('file:') || m.includes('file://')) return 'file';
  if (m.includes('cannot access') || m.includes('missing host permission') || m.includes('permission')) {
    return restrictionOfUrl(url) ?? 'no-permission';
  }
  return restrictionOfUrl(url);
}
