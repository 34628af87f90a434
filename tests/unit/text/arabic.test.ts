import { describe, expect, it } from 'vitest';
import { foldWord, normalizeArabic, stripClitics, stripDiacritics } from '../../../utils/text/arabic';

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

describe('stripClitics', () => {
  it('takes off a conjunction, a preposition and the article, in that order', () => {
    for (const w of ['والمدينه', 'فالمدينه', 'بالمدينه', 'كالمدينه', 'المدينه', 'للمدينه', 'وللمدينه', 'ومدينه', 'لمدينه']) expect(stripClitics(w)).toBe('مدينه');
  });
  it('leaves short words whole', () => {
    expect(stripClitics('ولد')).toBe('ولد');
    expect(stripClitics('الله')).toBe('الله');
    expect(stripClitics('بر')).toBe('بر');
  });
});
