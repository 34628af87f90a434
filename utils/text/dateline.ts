import { normalizeArabic } from './arabic';
import { toWesternDigits } from './numerals';

/**
 * Arabic date lines ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"):
 * recognised so that clean-up can move them from the body into the header.
 */

const MONTHS: Record<string, number> = {};
const addMonths = (names: string, month: number) => {
  for (const name of names.split('|')) MONTHS[normalizeArabic(name)] = month;
};
// Egyptian/Gulf, Levantine and Iraqi, Moroccan, Algerian and Tunisian names.
addMonths('يناير|كانون الثاني|جانفي|january|jan', 1);
addMonths('فبراير|شباط|فيفري|february|feb', 2);
addMonths('مارس|آذار|march|mar', 3);
addMonths('أبريل|ابريل|إبريل|نيسان|أفريل|april|apr', 4);
addMonths('مايو|أيار|ماي|may', 5);
addMonths('يونيو|يونيه|حزيران|جوان|june|jun', 6);
addMonths('يوليو|يوليه|تموز|يوليوز|جويلية|july|jul', 7);
addMonths('أغسطس|اغسطس|آب|غشت|أوت|august|aug', 8);
addMonths('سبتمبر|أيلول|شتنبر|september|sep', 9);
addMonths('أكتوبر|تشرين الأول|october|oct', 10);
addMonths('نوفمبر|تشرين الثاني|نونبر|november|nov', 11);
addMonths('ديسمبر|كانون الأول|دجنبر|december|dec', 12);

/** Words a date line may hold besides numbers and month names. */
const DATE_WORDS = new Set(
  [
    'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
    'آخر', 'اخر', 'تحديث', 'محدث', 'نشر', 'نشر في', 'تاريخ', 'النشر', 'التحديث', 'بتاريخ', 'في',
    'الساعة', 'ساعة', 'م', 'هـ', 'ص', 'صباحا', 'مساء', 'مساءً', 'صباحاً', 'بتوقيت', 'غرينتش',
    'جرينتش', 'مكة', 'المكرمة', 'القاهرة', 'gmt', 'utc', 'am', 'pm', 'منذ', 'و', 'كانون', 'تشرين',
    'الأول', 'الثاني', 'updated', 'published', 'last',
  ].map(normalizeArabic),
);

/**
 * The ISO date (YYYY-MM-DD) of a block that is nothing but a date line, or ''
 * when the block holds anything else (a sentence that mentions a date).
 */
export function parseDateline(text: string): string {
  if (text.length > 160) return '';
  const norm = normalizeArabic(toWesternDigits(text));
  if (!norm) return '';
  const tokens = norm.split(' ');
  if (tokens.length > 16) return '';
  let day = 0;
  let month = 0;
  let year = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const two = i + 1 < tokens.length ? `${token} ${tokens[i + 1]}` : '';
    if (two && MONTHS[two]) {
      month ||= MONTHS[two];
      i++;
    } else if (MONTHS[token]) {
      month ||= MONTHS[token];
    } else if (/^\d+$/.test(token)) {
      const n = Number(token);
      if (token.length === 4 && n >= 1900 && n <= 2100) year ||= n;
      else if (!day && n >= 1 && n <= 31 && !month) day = n;
      else if (!day && n >= 1 && n <= 31 && !year) day = n;
    } else if (/^\d+[+-]?\d*$/.test(token) || /^(gmt|utc)\d*$/.test(token)) {
      // times and zones: 14 00, gmt+0400
    } else if (!DATE_WORDS.has(token)) {
      return '';
    }
  }
  if (!day || !month || !year) return '';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return '';
  return date.toISOString().slice(0, 10);
}
