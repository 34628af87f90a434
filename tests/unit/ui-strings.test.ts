import { describe, expect, it } from 'vitest';
import ar from '../../public/_locales/ar/messages.json';
import en from '../../public/_locales/en/messages.json';
import { englishString, fillIn, inEnglish, keyOf } from '../../utils/ui-strings';

describe('UI strings', () => {
  it('fills placeholders from values and leaves a name without a value as written', () => {
    expect(fillIn('{n} of {total}', { n: 3 })).toBe('3 of {total}');
    expect(fillIn('no placeholders')).toBe('no placeholders');
  });
  it('reads the English bundle, and gives the key for a string it lacks', () => {
    expect(inEnglish('readingTime_other', { n: 5 })).toBe('5 minutes');
    expect(englishString('nope' as never)).toBe('nope');
  });
  it('names a key after an id', () => {
    expect(keyOf('reason', 'no-article')).toBe('reason_no_article');
  });
  it('has every string in Arabic and English', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
  });
});
