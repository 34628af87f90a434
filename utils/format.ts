import type { NumeralStyle } from './arabic';
import { primarySubtag } from './direction';
import { t, type MessageKey } from './i18n';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The locale to write numbers in: the reader's numeral choice when it made
 * one, else Arabic-Indic digits for an Arabic UI (٣ دقائق), the language's
 * own otherwise.
 */
export function numberLocale(lang: string, numerals: NumeralStyle = 'page'): string {
  const system = numerals === 'western' ? 'latn' : numerals === 'arabic' ? 'arab' : primarySubtag(lang) === 'ar' ? 'arab' : '';
  return system ? `${lang}-u-nu-${system}` : lang;
}

/**
 * Reading time in the UI language with its plural forms: Arabic has six
 * (دقيقة واحدة، دقيقتان، ٣ دقائق، ١١ دقيقة), English two.
 */
export function formatReadingTime(minutes: number, lang: string, translate: typeof t = t, numerals: NumeralStyle = 'page'): string {
  const category = new Intl.PluralRules(lang).select(minutes) as PluralCategory;
  const n = new Intl.NumberFormat(numberLocale(lang, numerals)).format(minutes);
  const key = `readingTime_${category}` as MessageKey;
  const message = translate(key, { n });
  return message === key ? translate('readingTime_other', { n }) : message;
}

/** A publication date in the UI language ("١٣ يونيو ٢٠٢١", "June 13, 2021"); '' when it does not parse. */
export function formatDate(iso: string, lang: string, numerals: NumeralStyle = 'page'): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(numberLocale(lang, numerals), { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}
