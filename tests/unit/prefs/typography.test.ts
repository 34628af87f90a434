import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, LINE_HEIGHT_URDU, validatePrefs } from '../../../utils/prefs/schema';
import { SCRIPTS, TYPOGRAPHY, scriptOf, typographyOf } from '../../../utils/prefs/typography';
import { FONT_CHOICES, LATIN_SCALE, facesFor, fontChoice, fontFaceCss } from '../../../utils/prefs/fonts';

describe('scriptOf', () => {
  it("picks the script from the article's language", () => {
    expect(scriptOf('fa-IR')).toBe('persian');
    expect(scriptOf('prs')).toBe('persian');
    expect(scriptOf('ur')).toBe('urdu');
    expect(scriptOf('he')).toBe('hebrew');
    expect(scriptOf('yi')).toBe('hebrew');
  });
  it('sets Arabic, the other Arabic-script languages and an article of no language as Arabic', () => {
    for (const lang of ['ar', 'ar-EG', 'ps', 'ckb', '', undefined]) expect(scriptOf(lang)).toBe('arabic');
  });
  it('sets an article in a left-to-right language in the Arabic font, its Latin at the size the reader chose', () => {
    expect(scriptOf('en-GB')).toBe('latin');
    const latin = typographyOf(DEFAULT_PREFS, 'latin');
    expect(latin.font.id).toBe('naskh');
    expect(20 * latin.sizeFactor * (LATIN_SCALE['Qari Naskh'] / 100)).toBeCloseTo(20);
    expect(typographyOf(DEFAULT_PREFS, 'arabic').sizeFactor).toBe(1);
    expect(typographyOf(validatePrefs({ font: 'system' }), 'latin').sizeFactor).toBe(1);
  });
});

describe('typography by script', () => {
  it('defaults: Arabic in Naskh, Persian in Vazirmatn, Urdu in Nastaliq with lines at least 2.2 apart, Hebrew in Frank Ruhl', () => {
    expect(typographyOf(DEFAULT_PREFS, 'arabic').font.stack).toMatch(/^'Qari Naskh'/);
    expect(typographyOf(DEFAULT_PREFS, 'persian').font.stack).toMatch(/^'Qari Vazirmatn'/);
    expect(typographyOf(DEFAULT_PREFS, 'urdu').font.stack).toMatch(/^'Qari Nastaliq'/);
    expect(typographyOf(DEFAULT_PREFS, 'hebrew').font.stack).toMatch(/^'Qari Frank Ruhl'/);
    expect(typographyOf(DEFAULT_PREFS, 'urdu').lineHeight).toBeGreaterThanOrEqual(2.2);
    expect(LINE_HEIGHT_URDU.min).toBe(2.2);
  });
  it('are preferences the user changes, each script its own', () => {
    const prefs = validatePrefs({ fontPersian: 'naskh', fontUrdu: 'naskh', lineHeightUrdu: 2.8, fontHebrew: 'system', font: 'amiri' });
    expect(typographyOf(prefs, 'persian').font.id).toBe('naskh');
    expect(typographyOf(prefs, 'urdu')).toMatchObject({ lineHeight: 2.8, font: { id: 'naskh' } });
    expect(typographyOf(prefs, 'hebrew').font.id).toBe('system');
    expect(typographyOf(prefs, 'arabic').font.id).toBe('amiri');
  });
  it('refuses a font not offered for the script, and Urdu lines closer than 2.2', () => {
    expect(validatePrefs({ fontHebrew: 'naskh' }).fontHebrew).toBe('frank-ruhl');
    expect(validatePrefs({ fontUrdu: 'frank-ruhl' }).fontUrdu).toBe('nastaliq');
    expect(validatePrefs({ lineHeightUrdu: 1.9 }).lineHeightUrdu).toBe(2.4);
  });
  it('offers each script its default first, and only bundled fonts', () => {
    for (const script of SCRIPTS) {
      const { font, fonts } = TYPOGRAPHY[script];
      expect(fonts[0]).toBe(DEFAULT_PREFS[font]);
      for (const id of fonts) expect(FONT_CHOICES.some((f) => f.id === id)).toBe(true);
    }
  });
});

describe('the bundled faces', () => {
  it("carry the font's own name in their CSS family", () => {
    const css = fontFaceCss();
    for (const family of ['Qari Naskh', 'Qari Vazirmatn', 'Qari Nastaliq', 'Qari Frank Ruhl']) expect(css).toContain(`font-family:'${family}'`);
  });
  it("scale Latin words and digits to the Arabic's size, never spaces or punctuation", () => {
    const naskh = fontChoice('naskh').files;
    const scaled = naskh.filter((f) => f.sizeAdjust);
    expect(scaled.map((f) => f.sizeAdjust)).toEqual([LATIN_SCALE['Qari Naskh'], LATIN_SCALE['Qari Naskh']]);
    for (const face of scaled) expect(face.range).not.toMatch(/U\+0000|U\+0020|U\+2000/);
    // The full Latin face comes first, so the scaled one wins where they overlap.
    expect(naskh.findIndex((f) => f.sizeAdjust)).toBeGreaterThan(naskh.findIndex((f) => f.range.startsWith('U+0000')));
    expect(fontFaceCss()).toContain('size-adjust:80%');
  });
  it('are loaded only as an article needs them: a Hebrew article loads no Latin words, an Arabic one no Hebrew', () => {
    const frank = fontChoice('frank-ruhl');
    const hebrew = facesFor(frank, 'פסטיבל הקולנוע נפתח: 42 מדינות.').map((f) => f.range.slice(0, 6));
    expect(hebrew).toEqual(['U+0307', 'U+0307', 'U+0000', 'U+0000']);
    expect(facesFor(fontChoice('naskh'), 'قال الوزير').every((f) => f.range.startsWith('U+0600') || f.range.startsWith('U+0000'))).toBe(true);
    expect(facesFor(fontChoice('naskh'), 'قال Google').some((f) => f.sizeAdjust)).toBe(true);
    expect(facesFor(fontChoice('system'), 'anything')).toEqual([]);
  });
});
