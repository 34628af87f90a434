import type { TextDirection } from '../article';
import { primarySubtag } from './language';

/** Primary language subtags written right to left (and legacy iw, ji). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'iw', 'yi', 'ji', 'ps', 'sd', 'ckb', 'ug', 'dv']);

/** True when the tag's primary subtag is a right-to-left language ("ar-EG" yes, "arn" no). */
export function isRtlLanguage(tag: string | null | undefined): boolean {
  return RTL_LANGUAGES.has(primarySubtag(tag));
}

/** Counts of strong letters by script, the evidence for direction and language. */
export interface ScriptCounts {
  arabic: number;
  hebrew: number;
  /** Letters of the other right-to-left scripts: Syriac, Thaana (Dhivehi), N'Ko. */
  otherRtl: number;
  /** Letters of any left-to-right script (Latin, Greek, Cyrillic, CJK, ...). */
  ltr: number;
  /** Letters used by Persian and not by Arabic: پ چ ژ گ ک ی. */
  persian: number;
  /** Letters used by Urdu and not by Arabic or Persian: ٹ ڈ ڑ ں ے ھ. */
  urdu: number;
}

const PERSIAN = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc]);
const URDU = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be]);

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isHebrewLetter(c: number): boolean {
  return (c >= 0x05d0 && c <= 0x05f2) || (c >= 0xfb1d && c <= 0xfb4f);
}

/** Cheap test for a strong left-to-right letter: Latin, Greek, Cyrillic, Armenian, Indic, CJK... */
function isLtrLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xc0 && c <= 0x58f) return c !== 0xd7 && c !== 0xf7 && !(c >= 0x2b9 && c <= 0x36f);
  if (c >= 0x900 && c <= 0x1fff) return true;
  if (c >= 0x3040 && c <= 0x9fff) return true;
  if (c >= 0xac00 && c <= 0xd7af) return true;
  return false;
}

/** No letters counted yet. */
export function emptyCounts(): ScriptCounts {
  return { arabic: 0, hebrew: 0, otherRtl: 0, ltr: 0, persian: 0, urdu: 0 };
}

/** How many strong letters `counts` holds, of any script. */
export function strongLetters(counts: ScriptCounts): number {
  return counts.arabic + counts.hebrew + counts.otherRtl + counts.ltr;
}

/**
 * Adds the strong letters of `text` to `counts` (and returns it), until
 * `counts` holds `limit` letters in all. The one counting loop: the article's
 * direction and language, each block's direction and the UI all count here.
 */
export function addScripts(counts: ScriptCounts, text: string, limit = Infinity): ScriptCounts {
  let seen = strongLetters(counts);
  for (let i = 0; i < text.length && seen < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (isArabicLetter(c)) {
      counts.arabic++;
      seen++;
      if (PERSIAN.has(c)) counts.persian++;
      else if (URDU.has(c)) counts.urdu++;
    } else if (isHebrewLetter(c)) {
      counts.hebrew++;
      seen++;
    } else if (c >= 0x0700 && c <= 0x07fa) {
      counts.otherRtl++;
      seen++;
    } else if (isLtrLetter(c)) {
      counts.ltr++;
      seen++;
    }
  }
  return counts;
}

/**
 * Counts strong letters in `text`. Stops after `limit` letters (default
 * 20,000): enough evidence, and a huge page is not read twice.
 */
export function countScripts(text: string, limit = 20000): ScriptCounts {
  return addScripts(emptyCounts(), text, limit);
}

/** Direction the letters vote for: right to left when most strong letters are Arabic or Hebrew script. */
export function directionOfScripts(counts: ScriptCounts): TextDirection {
  return rtlLetters(counts) > counts.ltr ? 'rtl' : 'ltr';
}

function rtlLetters(counts: ScriptCounts): number {
  return counts.arabic + counts.hebrew + counts.otherRtl;
}

/**
 * The direction most strong letters are written in, or null when there are
 * none or as many each way: such text takes the direction around it. Never
 * the first letter's (HTML's `dir="auto"`): "Google أعلنت …" is Arabic.
 */
export function majorityDirection(counts: ScriptCounts): TextDirection | null {
  const rtl = rtlLetters(counts);
  return rtl === counts.ltr ? null : directionOfScripts(counts);
}

/** The majority direction of a piece of text (a byline, a quotation), null when it has no say. */
export function textDirection(text: string): TextDirection | null {
  return majorityDirection(countScripts(text));
}

/**
 * A language guessed from the script alone, for pages that declare none:
 * Arabic script → ar, or fa when Persian letters are common (پ چ ژ گ ک ی),
 * or ur when Urdu letters are; Hebrew → he; anything else → ''.
 */
export function guessLanguage(counts: ScriptCounts): string {
  if (rtlLetters(counts) <= counts.ltr) return '';
  if (counts.hebrew > counts.arabic) return 'he';
  if (counts.otherRtl > counts.arabic) return '';
  // One Persian or Urdu letter in a hundred Arabic-script letters is far more
  // than an Arabic text ever has (a quoted name at most), and far fewer than a
  // Persian text has (ی alone is about one letter in twelve).
  if (counts.urdu * 100 >= counts.arabic && counts.urdu >= 3) return 'ur';
  if (counts.persian * 100 >= counts.arabic && counts.persian >= 3) return 'fa';
  return 'ar';
}

export interface DirectionEvidence {
  /** The `dir` attribute in force on the article, as Readability reports it. */
  dirAttribute?: string | null;
  /** Languages declared by the page and the article, most specific first. */
  languages: Array<string | null | undefined>;
  counts: ScriptCounts;
}

/**
 * The article's direction: Readability's `dir` attribute; else right to left
 * when a declared language is one; else the majority of strong letters. An
 * explicit `ltr` is overruled only by text that is almost all right-to-left
 * script (a theme that hard-codes `dir="ltr"` on an Arabic site).
 */
export function resolveDirection({ dirAttribute, languages, counts }: DirectionEvidence): TextDirection {
  const dir = (dirAttribute ?? '').trim().toLowerCase();
  const rtl = rtlLetters(counts);
  if (dir === 'rtl') return 'rtl';
  if (dir === 'ltr') return rtl > 0 && rtl >= 9 * counts.ltr ? 'rtl' : 'ltr';
  if (languages.some((lang) => lang && isRtlLanguage(lang))) return 'rtl';
  return directionOfScripts(counts);
}
