import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import { isRtlLanguage } from '../text/direction';
import type { TextDirection } from '../article';

export type MessageKey = keyof typeof en;

/**
 * The UI string `key` in the browser's language (Arabic or English, else the
 * default English). `{name}` placeholders are filled from `values`.
 */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key);
  } catch {
    // Outside the extension (unit tests): the English bundle.
  }
  message ||= en[key]?.message ?? key;
  return values ? message.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : message;
}

/** The key of a message named after an id ("reason", "no-article" → "reason_no_article"). */
export function keyOf(prefix: string, id: string): MessageKey {
  return `${prefix}_${id.replace(/-/g, '_')}` as MessageKey;
}

/** Language of the strings the UI shows: the bundle says it itself ("ar" or "en"). */
export function uiLanguage(): string {
  return t('uiLanguage');
}

/** The UI's direction, from its own language, never from the article's. */
export function uiDirection(): TextDirection {
  return isRtlLanguage(uiLanguage()) ? 'rtl' : 'ltr';
}
