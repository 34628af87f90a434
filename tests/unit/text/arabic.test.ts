import { describe, expect, it } from 'vitest';
import { foldWord, normalizeArabic, stripDiacritics } from '../../../utils/text/arabic';

describe('Arabic text options', () => {
  it('strips diacritics and nothing else', () => {
    expect(stripDiacritics('مُحَمَّدٌ أيضًا')).toBe('محمد أيضا');
  });
  it('normalises spellings for matching', () => {
    expect(normalizeArabic('إقرأ أيضاً:')).toBe(normalizeArabic('اقرأ ايضا'));
    expect(normalizeArabic('الى')).toBe(normalizeArabic('إلى'));
  });
});

describe('foldWord', () => {
  it('folds alef forms and drops diacritics and tatweel, keeping ى ة ي apart', () => {
    expect(foldWord('أَضافَ')).toBe('اضاف');
    expect(foldWord('قـــال')).toBe('قال');
    expect(foldWord('رأى')).not.toBe(foldWord('رأي'));
    expect(foldWord('الحكومة')).toBe('الحكومة');
  });
});
