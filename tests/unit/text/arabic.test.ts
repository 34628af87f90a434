import { describe, expect, it } from 'vitest';
import { normalizeArabic, stripDiacritics } from '../../../utils/text/arabic';

describe('Arabic text options', () => {
  it('strips diacritics and nothing else', () => {
    expect(stripDiacritics('مُحَمَّدٌ أيضًا')).toBe('محمد أيضا');
  });
  it('normalises spellings for matching', () => {
    expect(normalizeArabic('إقرأ أيضاً:')).toBe(normalizeArabic('اقرأ ايضا'));
    expect(normalizeArabic('الى')).toBe(normalizeArabic('إلى'));
  });
});
