import { describe, expect, it } from 'vitest';
import { holdsDate } from '../../../utils/text/datelike';

describe('holdsDate', () => {
  it.each([
    ['Gregorian, Arabic names', 'الثلاثاء 17 سبتمبر 2024'],
    ['Hijri', 'الأحد 12 رجب 1445 هـ'],
    ['Levantine months', '28 آب 2013'],
    ['Maghrebi months', '14 غشت 2024'],
    ['Persian solar, Persian digits', '۲۴ آذر ۱۴۰۳'],
    ['Dari solar', 'دلو ۰۵, ۱۴۰۳'],
    ['Urdu Gregorian', 'جمعہ 8 مارچ 2024'],
    ['Hebrew Gregorian with a preposition', '26 בדצמבר 2024'],
    ['the Hebrew calendar', 'כ"ט בכסלו תשפ"ה'],
    ['a numeric date', '۱۴۰۳/۰۹/۱۵'],
    ['a short numeric date', '30.12.24'],
    ['a clock time', 'עודכן ב-09:45'],
  ])('finds %s', (_, text) => expect(holdsDate(text)).toBe(true));

  it.each([
    ['a count without a month', 'شارك 5 آلاف شخص في المسيرة'],
    ['a month name without a number', 'في شهر رمضان المبارك'],
    ['a decimal', 'بلغ النمو 3.5 في المئة'],
  ])('finds no date in %s', (_, text) => expect(holdsDate(text)).toBe(false));
});
