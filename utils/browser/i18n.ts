import { browser } from 'wxt/browser';
import { isRtlLanguage } from '../text/direction';
import type { TextDirection } from '../article';
import { englishString, fillIn, type Translate } from '../ui-strings';

/**
 * The UI string `key` in the browser's language (Arabic or English, else the
 * default English). `{name}` placeholders are filled from `values`.
 */
export const t: Translate = (key, values) => {
  let message = '';
  try {
    message = browser.i18n.getMessage(key);
  } catch {
    // Outside the extension (unit tests): the English bundle.
  }
  return fillIn(message || englishString(key), values);
};

/** Language of the strings the UI shows: the bundle says it itself ("ar" or "en"). */
export function uiLanguage(): string {
  return t('uiLanguage');
}

/** The UI's direction, from its own language, never from the article's. */
export function uiDirection(): TextDirection {
  return isRtlLanguage(uiLanguage()) ? 'rtl' : 'ltr';
}
