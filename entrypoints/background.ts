import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toBase64 } from '../utils/text/base64';
import { FONT_URLS } from '../utils/prefs/fonts';
import { t } from '../utils/browser/i18n';
import { keyOf } from '../utils/ui-strings';
import { TOGGLE_COMMAND, type BackgroundReplies, type ToBackground, type ViewState } from '../utils/contract';
import { askReader, type Reached } from '../utils/browser/messaging';

/**
 * Runs a keyboard command on a tab (the active one when none is given).
 * When the tab cannot be read, the toolbar button says why: a badge and its tooltip.
 */
/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2. */
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function runCommand(name: string, tabId?: number): Promise<Reached<ViewState> | undefined> {
  if (name !== TOGGLE_COMMAND) return undefined;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return undefined;
  const reached = await askReader(id, { type: 'toggle' });
  if (reached.ok) {
    await toolbar().setBadgeText({ tabId: id, text: '' });
  } else {
    const why = 'restricted' in reached.error ? t(keyOf('restricted', reached.error.restricted)) : reached.error.error;
    await toolbar().setBadgeText({ tabId: id, text: '!' });
    await toolbar().setTitle({ tabId: id, title: why });
  }
  return reached;
}

/** A bundled font file as base64, for the full-page view; only files Qari ships. */
async function fontFile(file: string): Promise<BackgroundReplies['font']> {
  if (!FONT_URLS.has(file)) return { error: 'not a bundled font' };
  const bytes = new Uint8Array(await (await fetch(browser.runtime.getURL(file as '/'))).arrayBuffer());
  return { base64: toBase64(bytes) };
}

function onMessage(message: ToBackground): Promise<unknown> | undefined {
  switch (message?.type) {
    case 'font':
      return fontFile(message.file);
    case 'open-options':
      return browser.runtime.openOptionsPage();
    default:
      return undefined;
  }
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((name, tab) => void runCommand(name, tab?.id));
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Qari's own pages and content scripts talk to it.
    if (sender.id !== browser.runtime.id) return undefined;
    return onMessage(message as ToBackground);
  });
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
      browser.tabs.onUpdated.addListener((tabId, change) => {
        if (change.url && /^http:\/\/127\.0\.0\.1:\d+\/__qari-test__\/control$/.test(change.url)) {
          void browser.tabs.update(tabId, { url: browser.runtime.getURL('/options.html') });
        }
      });
    }
  }
});
