import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, PREF_KEYS, typedValue, validatePrefs } from '../../../utils/prefs/schema';

describe('validatePrefs', () => {
  it('gives the defaults for nothing stored', () => {
    expect(validatePrefs({})).toEqual(DEFAULT_PREFS);
    expect(DEFAULT_PREFS).toMatchObject({ font: 'naskh', fontSize: 20, theme: 'auto', loadImages: true, quotes: false });
  });

  it('falls back field by field: a bad value costs only its own field', () => {
    const prefs = validatePrefs({
      font: 'amiri',
      fontSize: 'huge',
      lineHeight: 3.5,
      width: 'wide',
      justify: 'yes',
      theme: 'night',
      diacritics: 'hide',
      numerals: 42,
      quotes: true,
      loadImages: null,
      somethingElse: 'ignored',
    });
    expect(prefs).toEqual({
      ...DEFAULT_PREFS,
      font: 'amiri',
      width: 'wide',
      diacritics: 'hide',
      quotes: true,
    });
    expect(Object.keys(prefs).sort()).toEqual([...PREF_KEYS].sort());
  });

  it('refuses sizes out of range or off the step', () => {
    expect(validatePrefs({ fontSize: 13 }).fontSize).toBe(20);
    expect(validatePrefs({ fontSize: 33 }).fontSize).toBe(20);
    expect(validatePrefs({ fontSize: 20.5 }).fontSize).toBe(20);
    expect(validatePrefs({ fontSize: 32 }).fontSize).toBe(32);
    expect(validatePrefs({ lineHeight: 2.4 }).lineHeight).toBe(2.4);
    expect(validatePrefs({ lineHeight: 1.55 }).lineHeight).toBe(1.9);
    expect(validatePrefs({ fontSize: Number.NaN }).fontSize).toBe(20);
  });
});

describe('typedValue (the migration to version 2)', () => {
  it('turns strings a form field wrote into the type the preference has', () => {
    expect(typedValue(20)('22')).toBe(22);
    expect(typedValue(1.9)(' 2.1 ')).toBe(2.1);
    expect(typedValue(false)('true')).toBe(true);
    expect(typedValue(true)('false')).toBe(false);
    expect(typedValue('auto')(' dark ')).toBe('dark');
  });
  it('leaves what it cannot read for the validator', () => {
    expect(typedValue(20)('big')).toBe('big');
    expect(typedValue(false)('maybe')).toBe('maybe');
    expect(typedValue(20)(22)).toBe(22);
  });
});
