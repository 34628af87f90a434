/** Arabic text helpers shared by clean-up, evaluation and the reader. */

/** Harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
export const DIACRITIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/g;
const TATWEEL = /\u0640/g;

/**
 * Folds the spellings that Arabic sites use interchangeably so that phrase
 * rules match them all: diacritics and tatweel dropped, أ إ آ ٱ → ا,
 * ى → ي, ة → ه, Persian ی ک → ي ك, punctuation to spaces, lower case.
 */
export function normalizeArabic(text: string): string {
  return text
    .replace(DIACRITIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The text without its diacritics (tashkeel); letters untouched. */
export function stripDiacritics(text: string): string {
  return text.replace(DIACRITIC_MARKS, '');
}

/**
 * A word folded for matching against word lists: diacritics and tatweel
 * dropped, أ إ آ ٱ folded to ا. ى, ة and ي are kept (رأى ≠ رأي), unlike
 * `normalizeArabic`, which folds them for phrase matching.
 */
export function foldWord(word: string): string {
  return word.replace(DIACRITIC_MARKS, '').replace(TATWEEL, '').replace(/[أإآٱ]/g, 'ا');
}
