import { browser } from 'wxt/browser';
import { uiStringKeys } from '../ui-strings';

let bundle: Record<string, string> | null = null;

/**
 * Every UI string in the browser's language, key by key, as the background
 * hands them to a reader it injects (READER_STRINGS in utils/contract.ts).
 * For the background only: the English bundle gives the keys, and no other
 * script carries a copy of it (utils/browser/i18n.ts, uiStringKeys). The
 * UI's language only changes with a restart of the browser: read once.
 */
export function uiStringBundle(): Record<string, string> {
  return (bundle ??= Object.fromEntries(uiStringKeys().map((key) => [key, browser.i18n.getMessage(key)])));
}
