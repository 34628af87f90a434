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

/** The conjunctions that cling to the next word. */
const CONJUNCTIONS = ['و', 'ف'];
/** The prepositions that cling to the next word (بـ لـ كـ). */
const PREPOSITIONS = ['ب', 'ل', 'ك'];

/**
 * The bare word under the clitics Arabic writes joined to it: a conjunction
 * (و ف), then a preposition (ب ل ك), then the article ال, so والمدينة,
 * بالمدينة, فالمدينة, كالمدينة, المدينة and مدينة give one stem; للمدينة
 * (ل + ال, whose alef is dropped in writing) too. Takes a word already
 * through `normalizeArabic` (ة → ه: مدينه). A letter is only taken when two
 * or more letters are left after it (and three after the article), so short
 * words stay whole; the same stripping on the query and on the text makes a
 * word that merely begins with one of those letters (وزير → زير) still meet
 * itself.
 */
export function stripClitics(word: string): string {
  let w = word;
  if (w.length >= 4 && CONJUNCTIONS.includes(w[0])) w = w.slice(1);
  if (w.length >= 5 && w.startsWith('لل')) return w.slice(2);
  if (w.length >= 4 && PREPOSITIONS.includes(w[0]) && !w.startsWith('ال')) w = w.slice(1);
  if (w.length >= 5 && w.startsWith('ال')) w = w.slice(2);
  return w;
}
