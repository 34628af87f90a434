import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIACRITIC_MARKS, foldWord, normalizeArabic, stripClitics, stripDiacritics } from '../../../utils/text/arabic';

/** normalizeArabic's definition, as the nine passes it is written in one pass for. */
const byPasses = (text: string) =>
  text
    .replace(DIACRITIC_MARKS, '')
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** A small deterministic generator (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Arabic text options', () => {
  it('strips diacritics and nothing else', () => {
    expect(stripDiacritics('مُحَمَّدٌ أيضًا')).toBe('محمد أيضا');
  });
  it('normalises spellings for matching', () => {
    expect(normalizeArabic('إقرأ أيضاً:')).toBe(normalizeArabic('اقرأ ايضا'));
    expect(normalizeArabic('الى')).toBe(normalizeArabic('إلى'));
  });
  it('gives what its nine passes give, on edge cases', () => {
    const cases = ['', ' ', '،،', '  «قالَ» الرئيسُ:  "نعم"  ', 'ـــ', 'قـــال', '\u064B', 'a\u064B b', ' \u064B ', '. \u064Bx', 'x \u064B', 'x\n\t\u00a0\u2003y', 'x😀y', '😀', ' 😀 ', 'x 𝐀 y', 'a\ud800b', 'a\udc00', '\ud800', '\ud800\u060C', 'İstanbul ΣΑΣ ǅ', 'إقرأ أيضاً:', 'ی ک ة ى ٱ آ', '۔ ؟ ٪ ۞ ﴾آية﴿', 'A-B_C', '\ufeffx\ufeff'];
    for (const text of cases) expect(normalizeArabic(text), JSON.stringify(text)).toBe(byPasses(text));
  });
  it('gives what its nine passes give, on every fixture page and on random mixes of letters, marks, punctuation, spaces and surrogates', () => {
    const dir = join(import.meta.dirname, '../../fixtures/pages');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(normalizeArabic(text), file).toBe(byPasses(text));
    }
    const pool = [...'اأإآٱبةىیيکكهـ\u064B\u0650\u0670\u06D6\u08F0،؛؟.!-_«»"\' \n\t\u00a0\u200faBΣİ٠١۱😀𝐀', '\ud800', '\udc00', '\u2028'];
    const next = random(15);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(next() * 24) }, () => pool[Math.floor(next() * pool.length)]).join('');
      expect(normalizeArabic(text), JSON.stringify(text)).toBe(byPasses(text));
    }
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
