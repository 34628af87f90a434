import { describe, expect, it } from 'vitest';
import { fold, foldsAway } from '../../../utils/highlights/fold';

describe('fold', () => {
  it('folds diacritics, alef forms, ta marbuta, alef maqsura, Persian letters and digits as the same text', () => {
    expect(fold('بيتٌ').text).toBe(fold('بيت').text);
    expect(fold('أعلنت إدارة آمنة').text).toBe(fold('اعلنت ادارة امنه').text);
    expect(fold('مستشفى').text).toBe(fold('مستشفي').text);
    expect(fold('کتاب یک').text).toBe(fold('كتاب يك').text);
    expect(fold('عام ٢٠٢٤ و۱۴۰۳').text).toBe('عام 2024 و1403');
  });

  it('drops punctuation and format characters and makes each run of white space one space', () => {
    expect(fold('«قال»،\u200f  هنا\n\tثم').text).toBe('قال هنا ثم');
  });

  it('tells where each folded character came from', () => {
    const text = 'بيتٌ «مفتوح»';
    const f = fold(text);
    expect(f.from).toHaveLength(f.text.length);
    for (let i = 0; i < f.text.length; i++) if (f.text[i] !== ' ') expect(fold(text[f.from[i]]).text).toBe(f.text[i]);
    expect(text[f.from[f.text.indexOf('م')]]).toBe('م');
  });

  it('knows which characters fold away', () => {
    expect(foldsAway('»')).toBe(true);
    expect(foldsAway('\u064C')).toBe(true);
    expect(foldsAway(' ')).toBe(false);
    expect(foldsAway('ب')).toBe(false);
  });
});
