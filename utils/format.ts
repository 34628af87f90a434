import { t, type MessageKey } from './i18n';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Reading time in the UI language with its plural forms: Arabic has six
 * (دقيقة واحدة، دقيقتان، ٣ دقائق، ١١ دقيقة), English two.
 */
export function formatReadingTime(minutes: number, lang: string, translate: typeof t = t): string {
  const category = new Intl.PluralRules(lang).select(minutes) as PluralCategory;
  const n = new Intl.NumberFormat(lang).format(minutes);
  const key = `readingTime_${category}` as MessageKey;
  const message = translate(key, { n });
  return message === key ? translate('readingTime_other', { n }) : message;
}

/** A publication date in the UI language ("١٣ يونيو ٢٠٢١", "13 June 2021"); '' when it does not parse. */
export function formatDate(iso: string, lang: string): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}
