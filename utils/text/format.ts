import { toDigits, type Digits, type NumeralStyle } from './numerals';
import { primarySubtag } from './language';
import type { Translate, UiStringKey } from '../ui-strings';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Intl formatters are costly to build (a millisecond each): one per locale and kind. */
type Formatter = Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames;
const cache = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/**
 * The locale to write numbers in: the reader's numeral choice when it made
 * one, else Arabic-Indic digits for an Arabic UI (٣ دقائق), the language's
 * own otherwise.
 */
export function numberLocale(lang: string, numerals: NumeralStyle = 'page'): string {
  const digits = digitsFor(lang, numerals);
  return digits ? `${lang}-u-nu-${NUMBERING_SYSTEMS[digits]}` : lang;
}

const NUMBERING_SYSTEMS: Record<Digits, string> = { western: 'latn', arabic: 'arab', persian: 'arabext' };

/** The digits numberLocale asks for (see there); null for the language's own. */
function digitsFor(lang: string, numerals: NumeralStyle): Digits | null {
  if (numerals !== 'page') return numerals;
  return primarySubtag(lang) === 'ar' ? 'arabic' : null;
}

/**
 * The UI's own two languages are written here without Intl, as Intl writes
 * them (a unit test compares every month and numeral choice): a renderer's
 * first Intl formatter costs 15-20 ms (ICU's data for the locale), on the
 * full-page view's first paint, which shows a date and a reading time.
 * Other locales, and anything outside the plain cases below, go to Intl.
 */
const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
/** `lang` and the digits numberLocale gives it, when the UI writes it itself (English's own digits are Western); null for Intl. */
function ownWay(lang: string, numerals: NumeralStyle): { lang: 'ar' | 'en'; digits: Digits } | null {
  if (lang !== 'ar' && lang !== 'en') return null;
  return { lang, digits: digitsFor(lang, numerals) ?? 'western' };
}

/** Arabic's six plural forms (CLDR) and English's two, for whole numbers. */
function pluralOf(n: number, lang: 'ar' | 'en'): PluralCategory {
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  const hundred = n % 100;
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  if (hundred >= 3 && hundred <= 10) return 'few';
  if (hundred >= 11) return 'many';
  return 'other';
}

const small = (n: number) => Number.isInteger(n) && n >= 0 && n < 1000;

/** A number in the UI language's digits, or the reader's numeral choice (see numberLocale). */
export function formatNumber(n: number, lang: string, numerals: NumeralStyle = 'page'): string {
  const own = ownWay(lang, numerals);
  if (own && small(n)) return toDigits(String(n), own.digits);
  const locale = numberLocale(lang, numerals);
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/**
 * Reading time in the UI language with its plural forms: Arabic has six
 * (دقيقة واحدة، دقيقتان، ٣ دقائق، ١١ دقيقة), English two. `translate` gives
 * the UI's strings (`readingTime_one`, `readingTime_few`, …).
 */
export function formatReadingTime(minutes: number, lang: string, translate: Translate, numerals: NumeralStyle = 'page'): string {
  const own = ownWay(lang, numerals);
  const category = own && small(minutes) ? pluralOf(minutes, own.lang) : (cached(`plural:${lang}`, () => new Intl.PluralRules(lang)).select(minutes) as PluralCategory);
  const n = formatNumber(minutes, lang, numerals);
  const key = `readingTime_${category}` as UiStringKey;
  const message = translate(key, { n });
  return message === key ? translate('readingTime_other', { n }) : message;
}

/** A publication date in the UI language ("١٣ يونيو ٢٠٢١", "June 13, 2021"); '' when it does not parse. */
export function formatDate(iso: string, lang: string, numerals: NumeralStyle = 'page'): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '';
  const own = ownWay(lang, numerals);
  // A date-only value is that day wherever the reader is; a moment is shown in the reader's own time zone, as Intl does.
  const [year, month, day] = dateOnly ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()] : [date.getFullYear(), date.getMonth(), date.getDate()];
  if (own && year >= 1000 && year <= 9999) {
    const [d, y] = [toDigits(String(day), own.digits), toDigits(String(year), own.digits)];
    return own.lang === 'ar' ? `${d} ${MONTHS.ar[month]} ${y}` : `${MONTHS.en[month]} ${d}, ${y}`;
  }
  const locale = numberLocale(lang, numerals);
  return cached(`date:${locale}:${dateOnly}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) })).format(date);
}

/** The name of language `code` in the UI language ("ar" → "Arabic", "العربية"); the code itself when it cannot be named. */
export function languageName(code: string, uiLang: string): string {
  try {
    return cached(`language:${uiLang}`, () => new Intl.DisplayNames([uiLang], { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A size in megabytes in the UI language ("1.5 MB", "١٫٥ م.ب."), one decimal. */
export function formatMegabytes(bytes: number, lang: string, numerals: NumeralStyle = 'page'): string {
  const locale = numberLocale(lang, numerals);
  return cached(`mb:${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })).format(bytes / (1024 * 1024));
}
