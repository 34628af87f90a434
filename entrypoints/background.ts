import { defineBackground } from 'wxt/utils/define-background';
import { onCommand } from '../utils/browser/commands';
import { readFontFile } from '../utils/browser/fonts';
import { deleteHighlight, highlightsOf, putHighlight } from '../utils/browser/highlights';
import { t } from '../utils/browser/i18n';
import { askReader, injectViewCode, serveBackground } from '../utils/browser/messaging';
import { uiStringBundle } from '../utils/browser/ui-bundle';
import { keepPosition, libraryStatus, saveToLibrary } from '../utils/browser/library-save';
import { activeTabId, onTabAddress, openLibraryPage, openOptionsPage, showOptionsInTab } from '../utils/browser/tabs';
import { clearTabProblem, showTabProblem } from '../utils/browser/toolbar';
import { TOGGLE_COMMAND, type BackgroundHandlers, type Reached, type ViewState } from '../utils/contract';
import { FONT_URLS } from '../utils/prefs/fonts';
import { keyOf } from '../utils/ui-strings';

/**
 * Runs a keyboard command on a tab (the active one when none is given).
 * When the tab cannot be read, the toolbar button says why: a badge and its tooltip.
 */
async function runCommand(name: string, tabId?: number): Promise<Reached<ViewState> | undefined> {
  if (name !== TOGGLE_COMMAND) return undefined;
  const id = tabId ?? (await activeTabId());
  if (id === undefined) return undefined;
  const reached = await askReader(id, { type: 'toggle' }, uiStringBundle());
  if (reached.ok) await clearTabProblem(id);
  else await showTabProblem(id, 'restricted' in reached.error ? t(keyOf('restricted', reached.error.restricted)) : reached.error.error);
  return reached;
}

/**
 * Each bundled font file as base64, read and encoded once per life of the
 * service worker: every later view on every tab gets the same string at once
 * (at most the 810 KB of fonts, as 1.1 MB of text, and only those asked for).
 */
const fontCache = new Map<string, Promise<string>>();
function cachedFont(file: string): Promise<string> {
  let base64 = fontCache.get(file);
  if (!base64) {
    fontCache.set(file, (base64 = readFontFile(file)));
    // A failed read is not kept: the next view asks again.
    base64.catch(() => fontCache.delete(file));
  }
  return base64;
}

/** The background's answers, one a request of the contract. */
const handlers: BackgroundHandlers = {
  /** A bundled font file as base64, for the full-page view; only files Qari ships. */
  font: async ({ file }) => (FONT_URLS.has(file) ? { base64: await cachedFont(file) } : { error: 'not a bundled font' }),
  'open-options': () => openOptionsPage(),
  'open-library': () => openLibraryPage(),
  // The library's database is in the extension's origin: a reader in a tab saves through here.
  'library-save': ({ save }) => saveToLibrary(save),
  'library-status': ({ url }) => libraryStatus(url),
  'library-position': ({ url, position }) => keepPosition(url, position),
  'view-code': (_request, from) => injectViewCode(from),
  highlights: ({ url }) => highlightsOf(url),
  'highlight-put': ({ highlight }) => putHighlight(highlight),
  'highlight-delete': ({ id }) => deleteHighlight(id),
};

export default defineBackground(() => {
  onCommand((name, tabId) => void runCommand(name, tabId));
  serveBackground(handlers);
  if (import.meta.env.QARI_E2E) {
    // Test-only build: tests cannot press keyboard shortcuts, so they call
    // the command through exactly the path a shortcut takes.
    (globalThis as Record<string, unknown>).qariTest = { command: runCommand };
    if (import.meta.env.FIREFOX) {
      // Firefox's WebDriver BiDi refuses to navigate to moz-extension: pages
      // and shows no background page: a test opens /__qari-test__/control
      // on 127.0.0.1 and gets Qari's options page in that tab, an extension
      // page it can evaluate in (extension APIs, and this qariTest through
      // runtime.getBackgroundPage()).
      onTabAddress((tabId, url) => {
        if (/^http:\/\/127\.0\.0\.1:\d+\/__qari-test__\/control$/.test(url)) void showOptionsInTab(tabId);
      });
    }
  }
});
