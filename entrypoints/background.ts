import { defineBackground } from 'wxt/utils/define-background';
import { onCommand } from '../utils/browser/commands';
import { readFontFile } from '../utils/browser/fonts';
import { deleteHighlight, highlightsOf, putHighlight } from '../utils/browser/highlights';
import { t } from '../utils/browser/i18n';
import { askReader, serveBackground } from '../utils/browser/messaging';
import { activeTabId, onTabAddress, openOptionsPage, showOptionsInTab } from '../utils/browser/tabs';
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
  const reached = await askReader(id, { type: 'toggle' });
  if (reached.ok) await clearTabProblem(id);
  else await showTabProblem(id, 'restricted' in reached.error ? t(keyOf('restricted', reached.error.restricted)) : reached.error.error);
  return reached;
}

/** The background's answers, one a request of the contract. */
const handlers: BackgroundHandlers = {
  /** A bundled font file as base64, for the full-page view; only files Qari ships. */
  font: async ({ file }) => (FONT_URLS.has(file) ? { base64: await readFontFile(file) } : { error: 'not a bundled font' }),
  'open-options': () => openOptionsPage(),
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
