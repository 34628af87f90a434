import { browser } from 'wxt/browser';
import { isRtlLanguage } from '../text/direction';
import type { TextDirection } from '../article';
import { READER_STRINGS } from '../contract';
import { fillIn, type Translate } from '../ui-strings';

/** The strings the background left for a reader it injected into a tab (READER_STRINGS), if any. */
function handed(key: string): string {
  const strings = (globalThis as Record<string, unknown>)[READER_STRINGS] as Record<string, unknown> | undefined;
  const message = strings && typeof strings === 'object' ? strings[key] : undefined;
  return typeof message === 'string' ? message : '';
}

/**
 * The UI string `key` in the browser's language (Arabic or English, else the
 * default English). `{name}` placeholders are filled from `values`. The
 * browser always has the string: what the UI's language lacks comes from
 * `default_locale`, and both bundles have every key (tests/unit/ui-strings.test.ts).
 * So no copy of the English bundle is shipped in the scripts (15 KB, 4.8 KB
 * gzip of the popup's). In a tab, the strings the background handed over
 * come first: they spare the reader the browser's round trip for them.
 */
export const t: Translate = (key, values) => {
  let message = handed(key);
  try {
    message ||= browser.i18n.getMessage(key);
  } catch {
    // Outside the extension (unit tests, which read English through `inEnglish`).
  }
  return fillIn(message || key, values);
};

/** Language of the strings the UI shows: the bundle says it itself ("ar" or "en"). */
export function uiLanguage(): string {
  return t('uiLanguage');
}

/** The UI's direction, from its own language, never from the article's. */
export function uiDirection(): TextDirection {
  return isRtlLanguage(uiLanguage()) ? 'rtl' : 'ltr';
}
