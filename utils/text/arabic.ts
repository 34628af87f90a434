/** Arabic text helpers shared by clean-up, evaluation and the reader. */

/** Harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
export const DIACRITIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/g;
const TATWEEL = /\u0640/g;

/** One UTF-16 unit of `DIACRITIC_MARKS` or the tatweel: dropped by normalizeArabic. */
const DROPPED = new RegExp(`[${DIACRITIC_MARKS.source.slice(1, -1)}\u0640]`);
/** Punctuation, symbols and white space: a run of them is one space after normalizeArabic. */
const PUNCT_SYMBOL_SPACE = /[\p{P}\p{S}\s]/u;
/** The letters normalizeArabic writes as another, each to the letter at its place in FOLDED. */
const FOLDS: Record<string, number> = { 'أ': 0, 'إ': 0, 'آ': 0, 'ٱ': 0, 'ى': 1, 'ی': 1, 'ک': 2, 'ة': 3 };
const FOLDED = 'ايكه';

// What normalizeArabic does with each UTF-16 unit (0: not met yet), learnt as units are first met.
const KEPT = 1;
const DROP = 2;
const SPACE = 3;
/** Kinds from FOLD on: written as FOLDED[kind - FOLD]. */
const FOLD = 4;
const unitKind = new Uint8Array(0x10000);

function learn(unit: number): number {
  const ch = String.fromCharCode(unit);
  const fold = FOLDS[ch];
  const kind = fold !== undefined ? FOLD + fold : unit >= 0xd800 && unit <= 0xdfff ? KEPT : DROPPED.test(ch) ? DROP : PUNCT_SYMBOL_SPACE.test(ch) ? SPACE : KEPT;
  unitKind[unit] = kind;
  return kind;
}

/**
 * Folds the spellings that Arabic sites use interchangeably so that phrase
 * rules match them all: diacritics and tatweel dropped, أ إ آ ٱ → ا,
 * ى → ي, ة → ه, Persian ی ک → ي ك, punctuation to spaces, lower case.
 *
 * Exactly `text.replace(DIACRITIC_MARKS, '').replace(/\u0640/g, '')`, the
 * folds, `.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase()`
 * (a unit test holds it to that), in one pass over the text instead of
 * nine: the clean-up folds every block's text, and the passes were most of it.
 */
export function normalizeArabic(text: string): string {
  let out = '';
  /** Where the run of units written unchanged starts. */
  let from = 0;
  let space = false;
  let written = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind = unitKind[unit] || learn(unit);
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) {
        width = 2;
        kind = PUNCT_SYMBOL_SPACE.test(String.fromCodePoint(point)) ? SPACE : KEPT;
      }
    }
    if (kind === SPACE) {
      out += text.slice(from, i);
      from = i + width;
      space = written;
    } else if (kind === DROP) {
      out += text.slice(from, i);
      from = i + 1;
    } else {
      if (space) {
        out += text.slice(from, i) + ' ';
        from = i;
        space = false;
      }
      if (kind >= FOLD) {
        out += text.slice(from, i) + FOLDED[kind - FOLD];
        from = i + 1;
      }
      written = true;
    }
    i += width - 1;
  }
  return (out + (space ? '' : text.slice(from))).toLowerCase();
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
