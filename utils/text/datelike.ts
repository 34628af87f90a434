/**
 * Dates and times as news pages print them, in the calendars and languages
 * we read: numeric dates (17.03.2024, ۱۴۰۳/۰۹/۱۵, 30.12.24), clock times
 * (10:32), and a number beside a month name of the Gregorian calendar
 * (Arabic in its Egyptian, Levantine and Maghrebi names, Persian, Urdu,
 * Hebrew, English), the Hijri calendar, the Persian solar calendar (Iranian
 * and Dari names) or the Hebrew calendar. Used to find date and time lines,
 * never to read a date (text/dateline.ts does that for the header).
 */
import { normalizeArabic } from './arabic';
import { toWesternDigits } from './numerals';

const MONTH_NAMES = [
  // Gregorian, Arabic: Egypt and the Gulf, the Levant and Iraq, the Maghreb.
  'يناير فبراير مارس ابريل أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر',
  'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين',
  'جانفي فيفري أفريل ماي جوان جويلية يوليوز أوت غشت شتنبر نونبر دجنبر',
  // Hijri.
  'محرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال القعدة الحجة',
  // Gregorian in Persian and Urdu.
  'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
  'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر',
  // Persian solar: Iranian and Dari (Afghan) names.
  'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند',
  'حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت',
  // Hebrew: Gregorian and the Hebrew calendar.
  'ינואר פברואר מרץ מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר',
  'תשרי חשון חשוון כסלו טבת שבט אדר ניסן אייר סיון סיוון תמוז אב אלול',
  // English.
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
].join(' ');

/** Month names, folded as `normalizeArabic` folds a line; Hebrew names also with their ב/ל prefix ("בדצמבר"). */
const MONTHS = new Set(MONTH_NAMES.split(' ').map(normalizeArabic));

/** A numeric date, day-month-year or year-month-day, with / . - separators. */
const NUMERIC_DATE = /(?:^|[^\d])\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}(?:[^\d]|$)/;
/** A clock time. */
const CLOCK = /(?:^|[^\d])\d{1,2}:\d{2}(?:[^\d]|$)/;
/** A Hebrew-calendar year ("תשפ״ה", "תשפ"ה"): two or more Hebrew letters, a gershayim, one letter. */
const HEBREW_YEAR = /[\u05d0-\u05ea]{2,}["\u05f4][\u05d0-\u05ea]/;

/** True when `text` holds a date or a clock time. */
export function holdsDate(text: string): boolean {
  const western = toWesternDigits(text);
  if (NUMERIC_DATE.test(western) || CLOCK.test(western) || HEBREW_YEAR.test(text)) return true;
  if (!/\d/.test(western)) return false;
  for (const word of normalizeArabic(western).split(' ')) {
    if (MONTHS.has(word)) return true;
    // Hebrew joins a preposition to the month: "בדצמבר", "לינואר".
    if (/^[בל][\u05d0-\u05ea]{2,}/.test(word) && MONTHS.has(word.slice(1))) return true;
  }
  return false;
}
