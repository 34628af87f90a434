/**
 * Sentences of the rendered article, for reading aloud. Pure: reads the DOM,
 * never changes it.
 *
 * Offsets are into the article's flat text (dom/flat-text.ts), as quotations'
 * are: marks added by highlightQuotes split Text nodes but leave it unchanged.
 * One walk, with no recursion: deep nesting costs no call stack.
 * Blocks are numbered in document order among the block elements under the
 * root (`blockElements(root)[block]`); text outside any of them is block -1.
 */
import { BLOCK_TAGS, NON_PROSE_TAGS } from '../dom/blocks';
import { walkFlatText } from '../dom/flat-text';
import { descendants } from '../dom/walk';

export interface Sentence {
  /** What is spoken: the span with white space collapsed and unspoken elements left out. */
  text: string;
  /** Flat-text offsets, trimmed of surrounding white space; `end` exclusive. */
  start: number;
  end: number;
  /** Index of the innermost block element holding it, -1 for loose text. */
  block: number;
}

// ── Rules ────────────────────────────────────────────────────────────────────

/** Marks that end a sentence; a run of them ("؟!", "...", "!!") counts as one. */
const TERMINATORS = '.؟?!؛…';
/** After the marks, stay with the sentence: closing quotes and brackets, and invisible format marks (RLM, LRM, ZWJ…). */
const CLOSERS = /[»”’"')\]}›\p{Cf}]/u;
/** After the marks and closers, what makes them a boundary: white space or an opening guillemet. */
const FOLLOWERS = /[\s«]/;
/** Arabic letters: "الاجتماع.وقال" (no space) is still two sentences when both sides are Arabic words. */
const ARABIC_LETTER = /[\u0620-\u063F\u0641-\u064A\u066E-\u06D3\u06D5]/;
/** Latin lower case after "." or an ellipsis: the sentence goes on ("approx. two", "wait… then"). */
const CONTINUES = /[a-z\u00DF-\u00FF]/;
/** Arabic abbreviations written with a final "." (compared without diacritics). */
const ARABIC_ABBREVIATIONS = [
  'د', // دكتور, doctor
  'أ', // أستاذ
  'م', // مهندس, or a year of the common era
  'ه', 'هـ', // a hijri year
  'ص', // صفحة, page
  'ج', // جزء, part
  'إلخ', 'الخ', // etc.
  'أ.د', // أستاذ دكتور, professor
  'ق.م', // before the common era
  'ص.ب', // P.O. box
];
/** Latin abbreviations (case-insensitive), as in names and dates quoted in Arabic text. */
const LATIN_ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'vs', 'e.g', 'i.e', 'U.S', 'U.K', 'U.N', 'a.m', 'p.m'];
/** Any single Arabic letter, optionally with tatweel ("د.", "هـ."), or a single capital ("J. Smith"). */
const SINGLE_LETTER = /^(?:[\u0620-\u063F\u0641-\u064A]\u0640?|\p{Lu})$/u;
/** Letters joined by dots: initialisms such as "أ.د", "U.S.A", "e.g". */
const INITIALISM = /^(?:\p{L}\u0640?\.)+\p{L}\u0640?$/u;
/** A year with its era letter attached: "2021م.", "1442هـ.". */
const ERA_YEAR = /^[0-9٠-٩۰-۹]+(?:م|هـ|ه)$/;
/** A list number that is all the sentence so far: "1. أولا". */
const LIST_NUMBER = /^[([]?[0-9٠-٩۰-۹]+$/;
/** Characters of the word before a ".": letters, marks, digits and inner dots ("Smotrim.ru", "أ.د"). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}.]/u;
/** Something worth saying: a sentence without letters or digits (".", "*") is skipped. */
const SPEAKABLE = /[\p{L}\p{N}]/u;
// Numbers ("3.5", "1.000.000", "2.5%"), URLs ("Smotrim.ru", "www.example.com") and
// e-mail addresses never break: a boundary needs white space after the mark, and the
// no-space rule above needs Arabic letters on both sides.

const ARABIC_SET = new Set(ARABIC_ABBREVIATIONS);
const LATIN_SET = new Set(LATIN_ABBREVIATIONS.map((a) => a.toLowerCase()));

/** Arabic conjunctions written onto the next word: "وم." is "and eng.", "وDr." is "and Dr.". */
const PROCLITIC = /^(?:و(?=\p{L})|[وفبلك](?=\p{Script=Latin}))/u;

/** True when `word` (the text before a ".") is an abbreviation, not the end of a sentence. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/\p{Mn}/gu, '').replace(PROCLITIC, '');
  return ARABIC_SET.has(bare) || LATIN_SET.has(bare.toLowerCase()) || SINGLE_LETTER.test(bare) || INITIALISM.test(bare) || ERA_YEAR.test(bare);
}

interface Run {
  start: number;
  end: number;
  block: number;
}

/** One walk: the flat text (non-prose parts blanked, same length) and its runs between line ends. */
function readRuns(root: Element): { flat: string; runs: Run[] } {
  const runs: Run[] = [];
  const open: number[] = [];
  let blocks = 0;
  let nonProse = 0;
  let joined = false; // may the next text continue the last run?

  const flat = walkFlatText(root, {
    enter(_el, tag) {
      if (BLOCK_TAGS.has(tag)) {
        open.push(blocks++);
        joined = false;
      } else if (tag === 'BR') joined = false;
      if (NON_PROSE_TAGS.has(tag)) nonProse++;
    },
    exit(_el, tag) {
      if (BLOCK_TAGS.has(tag)) {
        open.pop();
        joined = false;
      }
      if (NON_PROSE_TAGS.has(tag)) nonProse--;
    },
    text(data, offset) {
      if (!data) return;
      const block = open.length ? open[open.length - 1] : -1;
      const last = runs[runs.length - 1];
      if (joined && last.block === block) last.end += data.length;
      else runs.push({ start: offset, end: offset + data.length, block });
      joined = true;
      return nonProse ? ' '.repeat(data.length) : data;
    },
  });
  return { flat, runs };
}

/** Whether the marks at [i, j), then closers up to k, end the sentence begun at s in a run ending at b. */
function isBoundary(flat: string, s: number, i: number, j: number, k: number, b: number): boolean {
  if (k >= b) return true;
  const marks = flat.slice(i, j);
  const spaced = FOLLOWERS.test(flat[k]);
  let p = i;
  while (p > s && WORD_CHAR.test(flat[p - 1])) p--;
  const word = flat.slice(p, i);
  if (!spaced && !(ARABIC_LETTER.test(flat[k]) && /^[\u0620-\u06FF]+$/.test(word))) return false;
  const dot = marks === '.';
  if (dot || marks.includes('…') || marks.includes('..')) {
    let n = k;
    while (n < b && /\s/.test(flat[n])) n++;
    if (n < b && CONTINUES.test(flat[n])) return false;
  }
  if (dot && (isAbbreviation(word) || (i - s < 12 && LIST_NUMBER.test(flat.slice(s, i).trim())))) return false;
  return true;
}

/** The sentences of the article under `root`, in document order; block ends and <br> always end one. */
export function splitSentences(root: Element): Sentence[] {
  const { flat, runs } = readRuns(root);
  const out: Sentence[] = [];
  const push = (from: number, to: number, block: number) => {
    while (from < to && /\s/.test(flat[from])) from++;
    while (to > from && /\s/.test(flat[to - 1])) to--;
    const text = flat.slice(from, to).replace(/\s+/g, ' ');
    if (SPEAKABLE.test(text)) out.push({ text, start: from, end: to, block });
  };
  for (const { start: a, end: b, block } of runs) {
    let s = a;
    let i = a;
    while (i < b) {
      if (!TERMINATORS.includes(flat[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < b && TERMINATORS.includes(flat[j])) j++;
      let k = j;
      while (k < b && CLOSERS.test(flat[k])) k++;
      if (isBoundary(flat, s, i, j, k, b)) {
        push(s, k, block);
        s = k;
      }
      i = k;
    }
    push(s, b, block);
  }
  return out;
}

/** Index of the first sentence of block `block` (or of the first block after it that has one); -1 when none. */
export function sentencesFrom(sentences: Sentence[], block: number): number {
  return sentences.findIndex((s) => s.block >= block);
}

/** The block elements under `root` in the order `Sentence.block` numbers them (to scroll to or start from). */
export function blockElements(root: Element): Element[] {
  return descendants(root, (el) => BLOCK_TAGS.has(el.tagName.toUpperCase()));
}
