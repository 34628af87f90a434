import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declaredLanguage, isoTime, titleInArticleScript, trimSiteName } from '../../../utils/extract/metadata';

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

describe('declaredLanguage', () => {
  it('reads html lang, then Content-Language, then og:locale', () => {
    const doc = (html: string) => new JSDOM(html).window.document;
    expect(declaredLanguage(doc('<html lang="ar-EG"><body></body></html>'))).toBe('ar-EG');
    expect(declaredLanguage(doc('<html><head><meta http-equiv="Content-Language" content="fa, en"></head></html>'))).toBe('fa');
    expect(declaredLanguage(doc('<html><head><meta property="og:locale" content="ar_AR"></head></html>'))).toBe('ar-AR');
    expect(declaredLanguage(doc('<html><body></body></html>'))).toBe('');
    // The first meta of each kind in document order, the http-equiv name in any case.
    expect(declaredLanguage(doc('<html><head><meta property="og:locale" content="en_US"><meta http-equiv="CONTENT-LANGUAGE" content="ur"><meta http-equiv="content-language" content="fa"></head></html>'))).toBe('ur');
    expect(declaredLanguage(doc('<html><head><meta http-equiv="content-language-x" content="fa"><meta property="og:locale" content="he_IL"></head></html>'))).toBe('he-IL');
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

describe('titleInArticleScript', () => {
  it('gives a right-to-left article a headline in its own script', () => {
    expect(titleInArticleScript('Ravi Ki Kahani - Special Urdu Article', true, ['', 'راوی کی کہانی'])).toBe('راوی کی کہانی');
    expect(titleInArticleScript('عنوان', true, ['آخر'])).toBe('عنوان');
    expect(titleInArticleScript('Ravi Ki Kahani', false, ['راوی کی کہانی'])).toBe('Ravi Ki Kahani');
    expect(titleInArticleScript('Ravi Ki Kahani', true, [''])).toBe('Ravi Ki Kahani');
  });
  it('reads candidates given as a function only when the title is not in the article\'s script', () => {
    let read = 0;
    const candidates = () => {
      read++;
      return ['راوی کی کہانی'];
    };
    expect(titleInArticleScript('عنوان', true, candidates)).toBe('عنوان');
    expect(titleInArticleScript('Ravi Ki Kahani', false, candidates)).toBe('Ravi Ki Kahani');
    expect(read).toBe(0);
    expect(titleInArticleScript('Ravi Ki Kahani', true, candidates)).toBe('راوی کی کہانی');
    expect(read).toBe(1);
  });
});
