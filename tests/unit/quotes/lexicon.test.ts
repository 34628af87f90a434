import { describe, expect, it } from 'vitest';
import { fold, Sequences } from '../../../utils/quotes/lexicon';

describe('fold', () => {
  it('folds what sites write interchangeably, and keeps what tells words apart', () => {
    expect(fold('أضافَ')).toBe(fold('اضاف'));
    expect(fold('می‌گوید')).toBe(fold('میگوید'));
    expect(fold('گفته‌ی')).toBe('گفتهي');
    expect(fold('פרופ׳')).toBe("פרופ'");
    expect(fold('צה״ל')).toBe('צה"ל');
    expect(fold('رأى')).not.toBe(fold('رأي'));
    expect(fold('قالت')).not.toBe(fold('قاله'));
  });
});

describe('Sequences', () => {
  const s = new Sequences<string>();
  s.add('گفت', 'past');
  s.add('گفته است', 'perfect');
  s.add('تأکید کرد', 'compound');
  const at = (words: string[]) => (k: number) => (k < words.length ? fold(words[k]) : null);

  it('matches the longest form starting at a word, one or more words long', () => {
    expect(s.match(fold('گفته'), at(['گفته', 'است', 'که']))).toEqual({ length: 2, value: 'perfect' });
    expect(s.match(fold('تاکید'), at(['تاکید', 'کرد']))).toEqual({ length: 2, value: 'compound' });
    expect(s.match(fold('گفت'), at(['گفت', 'که']))).toEqual({ length: 1, value: 'past' });
    expect(s.size).toBe(3);
  });

  it('matches nothing when the words run out or differ', () => {
    expect(s.match(fold('گفته'), at(['گفته', 'بود']))).toBeNull();
    expect(s.match(fold('تأکید'), at(['تأکید']))).toBeNull();
    expect(s.match(fold('نوشت'), at(['نوشت']))).toBeNull();
  });
});
