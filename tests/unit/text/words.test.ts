import { describe, expect, it } from 'vitest';
import { countTokens, countWords } from '../../../utils/text/words';

describe('countWords', () => {
  it('counts words with a letter or digit, not punctuation on its own', () => {
    expect(countWords('قال الوزير - في 2021 : «نعم»')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});

describe('countTokens', () => {
  it('counts runs between spaces, punctuation included', () => {
    expect(countTokens('  شارك  على - فيسبوك\n')).toBe(4);
    expect(countTokens('')).toBe(0);
  });
  it('stops once past the limit it is given', () => {
    expect(countTokens('a b c d e f', 3)).toBe(4);
    expect(countTokens('a b c', 3)).toBe(3);
  });
});
