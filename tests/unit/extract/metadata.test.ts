import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../utils/text/dateline';
import { charsPerMinute, declaredLanguage, isoTime, readingMinutes, trimSiteName } from '../../../utils/extract/metadata';

describe('trimSiteName', () => {
  it.each([
    ['أعلن بوتين محور محادثاته مع بايدن - الجزيرة نت', 'الجزيرة نت', 'أعلن بوتين محور محادثاته مع بايدن'],
    ['اليوم السابع | وزير المالية يعلن الموازنة الجديدة', 'اليوم السابع', 'وزير المالية يعلن الموازنة الجديدة'],
    ['الحكومة تقر خطة التقشف الجديدة - BBC News عربي', 'BBC News عربي', 'الحكومة تقر خطة التقشف الجديدة'],
    ['الحكومة تقر خطة التقشف الجديدة | هسبريس', '', 'الحكومة تقر خطة التقشف الجديدة'],
  ])('%s', (title, site, expected) => {
    expect(trimSiteName(title, site)).toBe(expected);
  });
  it('keeps a headline whose separator is part of it', () => {
    expect(trimSiteName('بوتين: لا نية لدينا للتصعيد', 'الجزيرة نت')).toBe('بوتين: لا نية لدينا للتصعيد');
    expect(trimSiteName('مصر - السودان: اتفاق جديد حول مياه النيل', '')).toBe('مصر - السودان: اتفاق جديد حول مياه النيل');
  });
});

describe('reading time', () => {
  it('reads Arabic at 612 characters a minute (Firefox, IReST)', () => {
    expect(charsPerMinute('ar')).toBe(612);
    expect(charsPerMinute('ar-EG')).toBe(612);
    expect(readingMinutes('ب'.repeat(612), 'ar')).toBe(1);
    expect(readingMinutes('ب'.repeat(613), 'ar')).toBe(2);
  });
  it('takes the other languages from the same table, English by default', () => {
    expect(charsPerMinute('de')).toBe(920);
    expect(charsPerMinute('zh-CN')).toBe(255);
    expect(charsPerMinute('xx')).toBe(987);
    expect(charsPerMinute('fa')).toBe(612);
  });
  it('is at least a minute', () => {
    expect(readingMinutes('قصير', 'ar')).toBe(1);
  });
});

describe('declaredLanguage', () => {
  it('reads html lang, then Content-Language, then og:locale', () => {
    const doc = (html: string) => new JSDOM(html).window.document;
    expect(declaredLanguage(doc('<html lang="ar-EG"><body></body></html>'))).toBe('ar-EG');
    expect(declaredLanguage(doc('<html><head><meta http-equiv="Content-Language" content="fa, en"></head></html>'))).toBe('fa');
    expect(declaredLanguage(doc('<html><head><meta property="og:locale" content="ar_AR"></head></html>'))).toBe('ar-AR');
    expect(declaredLanguage(doc('<html><body></body></html>'))).toBe('');
  });
});

describe('isoTime', () => {
  it('keeps ISO strings and rejects what does not parse', () => {
    expect(isoTime('2021-06-13T10:00:00+03:00')).toBe('2021-06-13T10:00:00+03:00');
    expect(isoTime('June 13, 2021 10:00 UTC')).toBe('2021-06-13T10:00:00.000Z');
    expect(isoTime('أمس')).toBe('');
    expect(isoTime(null)).toBe('');
  });
});

describe('parseDateline', () => {
  it.each([
    ['الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)', '2013-08-28'],
    ['نشر في 13 يونيو 2021', '2021-06-13'],
    ['الأحد ١٣ حزيران ٢٠٢١', '2021-06-13'],
    ['الخميس 3 شتنبر 2020 - 10:25', '2020-09-03'],
    ['12 جويلية 2019', '2019-07-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateline(text)).toBe(iso);
  });
  it.each(['وقال إن الاجتماع سيعقد في 16 يونيو 2021 في جنيف', '31 فبراير 2021', 'يونيو 2021', 'الأربعاء'])('%s is not a date line', (text) => {
    expect(parseDateline(text)).toBe('');
  });
});
