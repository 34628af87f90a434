import { describe, expect, it } from 'vitest';
import { formatDate, formatMegabytes, formatNumber, formatReadingTime, languageName, numberLocale } from '../../../utils/text/format';
import ar from '../../../public/_locales/ar/messages.json';
import { inEnglish, type UiStringKey } from '../../../utils/ui-strings';

/** The Arabic bundle, as browser.i18n would serve it to an Arabic browser. */
const arabic = (key: UiStringKey, values?: Record<string, string | number>) =>
  ((ar as Record<string, { message: string }>)[key]?.message ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(values?.[n] ?? ''));

describe('formatReadingTime', () => {
  it.each([
    [1, 'دقيقة واحدة'],
    [2, 'دقيقتان'],
    [3, '٣ دقائق'],
    [10, '١٠ دقائق'],
    [11, '١١ دقيقة'],
    [100, '١٠٠ دقيقة'],
  ])('%i minutes in Arabic: %s', (n, expected) => {
    expect(formatReadingTime(n, 'ar', arabic)).toBe(expected);
  });
  it('uses English plural forms for an English UI', () => {
    expect(formatReadingTime(1, 'en', inEnglish)).toBe('1 minute');
    expect(formatReadingTime(5, 'en', inEnglish)).toBe('5 minutes');
  });
});

describe('formatDate', () => {
  it('writes the date in the UI language', () => {
    expect(formatDate('2021-06-13', 'en')).toBe('June 13, 2021');
    expect(formatDate('2021-06-13', 'ar')).toBe('١٣ يونيو ٢٠٢١');
  });
  it('gives nothing for nothing', () => {
    expect(formatDate('', 'ar')).toBe('');
    expect(formatDate('not a date', 'ar')).toBe('');
  });
});

describe('the UI languages written without Intl', () => {
  // Qari writes Arabic and English itself (no ICU data on the view's first paint); it must write them exactly as Intl does.
  const numeralChoices = ['page', 'western', 'arabic', 'persian'] as const;
  it.each(['ar', 'en'])('writes every month, day and numeral choice as Intl does (%s)', (lang) => {
    for (const numerals of numeralChoices) {
      const locale = numberLocale(lang, numerals);
      const utc = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      const local = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
      for (let month = 0; month < 12; month++)
        for (const day of [1, 9, 10, 28]) {
          const iso = `2024-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, lang, numerals)).toBe(utc.format(new Date(`${iso}T00:00:00Z`)));
          const moment = `${iso}T23:30:00+03:00`;
          expect(formatDate(moment, lang, numerals)).toBe(local.format(new Date(moment)));
        }
    }
  });
  it.each(['ar', 'en'])('writes numbers and plural forms as Intl does (%s)', (lang) => {
    const rules = new Intl.PluralRules(lang);
    for (const numerals of numeralChoices) {
      const format = new Intl.NumberFormat(numberLocale(lang, numerals));
      for (let n = 0; n < 1000; n++) expect(formatNumber(n, lang, numerals)).toBe(format.format(n));
      for (const n of [1234, 1_000_000, 2.5]) expect(formatNumber(n, lang, numerals)).toBe(format.format(n));
    }
    const said: string[] = [];
    const record = (key: UiStringKey) => (said.push(key), key);
    for (let n = 0; n < 1000; n++) {
      said.length = 0;
      formatReadingTime(n, lang, record);
      expect(said[0], `${n}`).toBe(`readingTime_${rules.select(n)}`);
    }
  });
  it('leaves other languages to Intl', () => {
    expect(formatDate('2021-06-13', 'fr')).toBe(new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2021-06-13T00:00:00Z')));
    expect(formatNumber(12, 'fa')).toBe(new Intl.NumberFormat('fa').format(12));
  });
});

describe('languageName', () => {
  it('names a language in the UI language, and gives back what it cannot name', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ar', 'ar')).toBe('العربية');
    expect(languageName('ar', 'not a locale!')).toBe('ar');
  });
});

describe('numbers in the header follow the numeral choice', () => {
  it('writes Western digits when the reader chose them, Arabic-Indic when it chose those', () => {
    expect(formatReadingTime(3, 'ar', arabic, 'western')).toBe('3 دقائق');
    expect(formatDate('2021-06-13', 'en', 'arabic')).toBe('June ١٣, ٢٠٢١');
  });
  it('writes Persian and Urdu digits ۰-۹ when the reader chose those', () => {
    expect(formatReadingTime(3, 'ar', arabic, 'persian')).toBe('۳ دقائق');
    expect(formatNumber(1234.5, 'ar', 'persian')).toBe('۱٬۲۳۴٫۵');
  });
});

describe('formatMegabytes', () => {
  it('gives a size in megabytes, one decimal, in the UI language and its digits', () => {
    expect(formatMegabytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatMegabytes(200 * 1024 * 1024, 'en')).toBe('200 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024, 'ar')).toMatch(/^١٫٥/);
  });
});
