/**
 * Text folded for matching a highlight against a page that changed a
 * little: the spellings Arabic sites use interchangeably folded as
 * `normalizeArabic` folds them (diacritics and tatweel dropped, أ إ آ ٱ → ا,
 * ى → ي, ة → ه, Persian ی ک), punctuation and format characters dropped,
 * runs of white space one space, every digit Western; with, for each folded
 * character, where it came from, so a match maps back to the text shown.
 */
import { normalizeArabic } from '../text/arabic';

export interface Folded {
  text: string;
  /** `from[i]`: offset in the original text of the folded text's character `i`. */
  from: number[];
}

/** Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits: the numerals option rewrites digits, a highlight must not care. */
const DIGIT_BASES = [0x0660, 0x06f0];
const FORMAT = /\p{Cf}/u;
const SPACE = /\s/;

/** One character folded; a character folds the same way wherever it is, so each is folded once. */
const cache = new Map<string, string>();
function foldChar(c: string): string {
  let folded = cache.get(c);
  if (folded !== undefined) return folded;
  const code = c.charCodeAt(0);
  const base = DIGIT_BASES.find((b) => code >= b && code <= b + 9);
  if (base !== undefined) folded = String(code - base);
  else if (FORMAT.test(c)) folded = '';
  else folded = normalizeArabic(c);
  cache.set(c, folded);
  return folded;
}

/** `text` folded for matching, with the way back to its offsets. */
export function fold(text: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (SPACE.test(c)) {
      if (out.length && out[out.length - 1] !== ' ') {
        out.push(' ');
        from.push(i);
      }
      continue;
    }
    for (const f of foldChar(c)) {
      out.push(f);
      from.push(i);
    }
  }
  return { text: out.join(''), from };
}

/** Whether `c` (not white space) leaves nothing when folded: punctuation, a diacritic, a format character. */
export const foldsAway = (c: string): boolean => !SPACE.test(c) && foldChar(c) === '';
