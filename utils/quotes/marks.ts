/**
 * Pairs quotation marks within one paragraph. One pass with a stack; every
 * mark is pushed and popped at most once, so the cost is linear in the
 * paragraph's length.
 *
 * Rules (why each exists):
 * - Families pair only with themselves: “ ” „ (curly), « » (guillemets),
 *   ‹ › (single guillemets), " (straight), ״ (Hebrew gershayim), ‘ ’ (single
 *   curly), ' (straight single), ׳ (Hebrew geresh).
 * - “ « ‹ „ normally open and ” » › close; but right-to-left keyboards often
 *   type them the wrong way round (”…“, »…«) or the same way twice (“…“).
 *   The neighbours decide: a closing-looking mark with a space or start
 *   before it and a letter after it opens a "reversed" quotation, which only
 *   counts once it is closed (an unclosed one is a stray closing mark).
 * - Urdu pages write the curly pairs reversed all through, and glue them to
 *   the words around (UrduPoint: ”ببول پر آم “کیسے, تین ‘چار” بیلے“; BBC
 *   Urdu: ’…‘). When a paragraph's first opening-looking curly mark is the
 *   reversed one, ” (’) opens and “ (‘) closes there whatever the spacing.
 * - An opening mark never closed ends at the end of its paragraph (seed:
 *   "وأضاف: “قضية الأمن السيبراني …" has no closing mark); unless the next
 *   paragraph opens with the same mark: then one quotation runs over both
 *   (quotes.ts joins them). Marks that are also apostrophes or toggles
 *   (straight, single, geresh) count only when closed or continued.
 * - A closing mark with nothing open is ignored; one that closes an outer
 *   mark drops the unclosed marks opened inside it.
 * - Straight " and ״ toggle within the paragraph; one after a digit is an
 *   inch sign (6" screen), and one before the last letter of a word is a
 *   Hebrew abbreviation (צה"ל, מד"א, ארה״ב, דו"ח), not a mark. Before more
 *   letters it is a mark glued to a word: a proclitic (ל"מבט", و"لا") or a
 *   missing space (گفته است"ما).
 * - Single marks (‘ ’ ' ׳) are apostrophes and abbreviations far more often
 *   than quotations (don't, O’Brien, l'État, פרופ׳): they open only with no
 *   letter before and a letter after, close only with no letter after, and
 *   never run to the paragraph's end.
 * - Nested quotations are returned too (quotes.ts keeps the quoted terms
 *   inside a quotation); spans come in the order of their opening marks.
 */

/** A quotation found by its marks; offsets are absolute. */
export interface MarkSpan {
  /** Offset of the opening mark. */
  outerStart: number;
  /** Offset after the closing mark, or the paragraph's end when unclosed. */
  outerEnd: number;
  /** Content without the marks, white space trimmed. */
  start: number;
  end: number;
  closed: boolean;
  /** Unclosed, of a family that must close: a quotation only if the next paragraph continues it. */
  tentative: boolean;
  /** The mark's family (FAMILY_OF); a continuation must open with the same. */
  family: number;
  /** The opening mark is the paragraph's first character other than white space. */
  leads: boolean;
}

const CURLY = 0;
const GUILLEMET = 1;
const SINGLE_GUILLEMET = 2;
const STRAIGHT = 3;
const GERSHAYIM = 4;
const SINGLE_CURLY = 5;
const SINGLE_STRAIGHT = 6;
const GERESH = 7;
const FAMILIES = 8;

/** How a mark behaves: opens normally, closes normally, always opens, toggles (double), toggles (single). */
type Role = 'open' | 'close' | 'low' | 'toggle' | 'single';

/** Mark → family and role. ‘ and ’ get their role per paragraph (the reversed convention). */
const MARKS: Record<string, [number, Role]> = {
  '“': [CURLY, 'open'],
  '”': [CURLY, 'close'],
  '„': [CURLY, 'low'],
  '«': [GUILLEMET, 'open'],
  '»': [GUILLEMET, 'close'],
  '‹': [SINGLE_GUILLEMET, 'open'],
  '›': [SINGLE_GUILLEMET, 'close'],
  '"': [STRAIGHT, 'toggle'],
  '״': [GERSHAYIM, 'toggle'],
  '‘': [SINGLE_CURLY, 'open'],
  '’': [SINGLE_CURLY, 'close'],
  "'": [SINGLE_STRAIGHT, 'single'],
  '׳': [GERESH, 'single'],
};

const WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/;
/** Punctuation that follows a closing mark, never an opening one: ” … “. */
const CLOSING_PUNCT = '.,،؛;:!?؟)]';

interface Open {
  family: number;
  /** Dropped unless closed (or continued): reversed, straight and single openings. */
  needsClose: boolean;
  /** Index in `records`. */
  rec: number;
}

/** Whether the mark at `i` opens the way reversed pages open: no word before, a word after. */
function opensLikeReversed(text: string, i: number, from: number, to: number): boolean {
  const prev = i > from ? text[i - 1] : '';
  const next = i + 1 < to ? text[i + 1] : '';
  return !(prev && WORD.test(prev)) && next !== '' && WORD.test(next);
}

/** For the curly pairs: whether this paragraph writes them reversed (its first opening-looking one is ” or ’). */
function reversedFamilies(text: string, from: number, to: number): [boolean, boolean] {
  let curly: boolean | null = null;
  let single: boolean | null = null;
  for (let i = from; i < to && (curly === null || single === null); i++) {
    const c = text[i];
    if (curly === null && (c === '“' || c === '”') && opensLikeReversed(text, i, from, to)) curly = c === '”';
    if (single === null && (c === '‘' || c === '’') && opensLikeReversed(text, i, from, to)) single = c === '’';
  }
  return [curly === true, single === true];
}

/** Letters from `i` up to the end of the word: a Hebrew abbreviation leaves exactly one after its mark. */
function lettersAfter(text: string, i: number, to: number): number {
  let n = 0;
  while (i + n < to && LETTER.test(text[i + n])) n++;
  return n;
}

/** Quotations of `text.slice(from, to)` in order of their opening mark, empty ones left out. */
export function pairMarks(text: string, from: number, to: number): MarkSpan[] {
  // records[i] = [open, close, family]; close -1 = dropped, -2 = runs to the paragraph's end, -3 = tentative.
  const records: Array<[number, number, number]> = [];
  const stack: Open[] = [];
  const openCount = new Array<number>(FAMILIES).fill(0);
  const [curlyReversed, singleReversed] = reversedFamilies(text, from, to);

  const closeFamily = (family: number, pos: number) => {
    // The count says one is there: everything above it is an unclosed inner mark.
    for (;;) {
      const top = stack.pop()!;
      openCount[top.family]--;
      if (top.family === family) {
        records[top.rec][1] = pos;
        return;
      }
      records[top.rec][1] = -1;
    }
  };
  const open = (pos: number, family: number, needsClose: boolean) => {
    stack.push({ family, needsClose, rec: records.length });
    records.push([pos, -1, family]);
    openCount[family]++;
  };

  for (let i = from; i < to; i++) {
    const mark = MARKS[text[i]];
    if (!mark) continue;
    const [family] = mark;
    let role = mark[1];
    const prev = i > from ? text[i - 1] : '';
    const next = i + 1 < to ? text[i + 1] : '';
    const prevWord = prev !== '' && WORD.test(prev);
    const nextWord = next !== '' && WORD.test(next);
    const isOpen = openCount[family] > 0;
    // Looks like an opening (space or start before, something after) or a closing.
    const leftFlank = !prevWord && next !== '' && !SPACE.test(next) && !CLOSING_PUNCT.includes(next);
    const rightFlank = prev !== '' && !SPACE.test(prev) && !nextWord;

    if ((family === CURLY && curlyReversed) || (family === SINGLE_CURLY && singleReversed)) {
      // The reversed convention: ” ’ open, “ ‘ close; unclosed ones are dropped.
      const opener = text[i] === '”' || text[i] === '’';
      if (!opener) {
        if (isOpen) closeFamily(family, i);
      } else if (isOpen && rightFlank && !leftFlank) closeFamily(family, i);
      else if (next !== '' && (family === CURLY || opensLikeReversed(text, i, from, to))) open(i, family, true);
      continue;
    }
    if (family === SINGLE_CURLY) role = 'single';

    if (role === 'toggle') {
      if (prevWord && nextWord) {
        // 6" / צה"ל: an inch sign or an abbreviation; ל"מבט: a mark glued to a proclitic.
        if (DIGIT.test(prev) || lettersAfter(text, i + 1, to) === 1) continue;
        if (isOpen) closeFamily(family, i);
        else open(i, family, true);
      } else if (isOpen) closeFamily(family, i);
      else if (!prevWord && next !== '') open(i, family, true);
    } else if (role === 'single') {
      const opens = !prevWord && nextWord && LETTER.test(next);
      // ‘…’: only ’ closes (Urdu pages use a lone ‘ as a separator: سندھ‘چناب، راوی‘ بیاس).
      const closer = family !== SINGLE_CURLY || text[i] === '’';
      if (isOpen && closer && !opens && prev !== '' && !SPACE.test(prev) && !nextWord) closeFamily(family, i);
      else if (opens && (family !== SINGLE_CURLY || text[i] === '‘')) open(i, family, true);
    } else if (role === 'low') {
      open(i, family, false);
    } else if (role === 'close') {
      if (isOpen) closeFamily(family, i);
      else if (!rightFlank) open(i, family, true);
    } else {
      if (isOpen && !leftFlank) closeFamily(family, i);
      else if (!rightFlank || isOpen) open(i, family, false);
    }
  }
  // Left open at the end: the outermost runs to the end or waits for the next paragraph to continue it.
  stack.forEach((left, depth) => {
    records[left.rec][1] = !left.needsClose ? -2 : depth === 0 ? -3 : -1;
  });

  const firstSolid = (() => {
    let k = from;
    while (k < to && SPACE.test(text[k])) k++;
    return k;
  })();
  const spans: MarkSpan[] = [];
  for (const [openPos, close, family] of records) {
    if (close === -1) continue;
    const closed = close >= 0;
    const outerEnd = closed ? close + 1 : to;
    let start = openPos + 1;
    let end = closed ? close : to;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start) spans.push({ outerStart: openPos, outerEnd, start, end, closed, tentative: close === -3, family, leads: openPos === firstSolid });
  }
  return spans;
}

/** Marks that may close a quotation of each family at a paragraph's end (the reversed pairs too). */
const CLOSERS: Partial<Record<number, string>> = { [CURLY]: '”“', [GUILLEMET]: '»«', [STRAIGHT]: '"', [GERSHAYIM]: '״' };

/**
 * Where a quotation left open by the paragraph before closes in this one
 * when the writer opened it once and closed it only at the end of the last
 * paragraph (Atheer-like BBC page: '"أعمل … مناوبتي.' then 'الراتب … هنا."'):
 * the offset of that closing mark when it is the paragraph's last character
 * other than white space, after a letter or a full stop, and no other mark
 * of the family stands in the paragraph; else -1. Seen on two pages: that
 * one, and an Indonesian page of the shared corpus (kabarislamia, “… ”).
 */
export function closingAtEnd(text: string, from: number, to: number, family: number): number {
  const closers = CLOSERS[family];
  if (!closers) return -1;
  let end = to - 1;
  while (end >= from && SPACE.test(text[end])) end--;
  if (end <= from || !closers.includes(text[end]) || SPACE.test(text[end - 1])) return -1;
  for (let i = from; i < end; i++) if (MARKS[text[i]]?.[0] === family) return -1;
  return end;
}
