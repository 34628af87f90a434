/**
 * Pairs quotation marks within one paragraph. One pass with a stack; every
 * mark is pushed and popped at most once, so the cost is linear in the
 * paragraph's length.
 *
 * Rules (why each exists):
 * - Families pair only with themselves: “ ” „ (curly), « » (guillemets),
 *   ‹ › (single guillemets), " (straight).
 * - “ « ‹ „ normally open and ” » › close; but right-to-left keyboards often
 *   type them the wrong way round (”…“, »…«) or the same way twice (“…“).
 *   The neighbours decide: a closing-looking mark with a space or start
 *   before it and a letter after it opens a "reversed" quotation, which only
 *   counts once it is closed (an unclosed one is a stray closing mark).
 * - An opening mark never closed ends at the end of its paragraph (seed:
 *   "وأضاف: “قضية الأمن السيبراني …" has no closing mark).
 * - A closing mark with nothing open is ignored; one that closes an outer
 *   mark drops the unclosed marks opened inside it.
 * - Straight " toggles within the paragraph; a lone one is not a quotation,
 *   and one between two letters or after a digit is an abbreviation or an
 *   inch sign (צה"ל, 6" screen), not a mark.
 * - Apostrophes (' ’ ‘) are not quotation marks at all (don't, O’Brien, l'État).
 * - Nested quotations are part of the outer one: only top-level spans are
 *   returned.
 */

/** A top-level quotation found by its marks; offsets are absolute. */
export interface MarkSpan {
  /** Offset of the opening mark. */
  outerStart: number;
  /** Offset after the closing mark, or the paragraph's end when unclosed. */
  outerEnd: number;
  /** Content without the marks, white space trimmed. */
  start: number;
  end: number;
  closed: boolean;
}

const CURLY = 0;
const GUILLEMET = 1;
const SINGLE = 2;
const STRAIGHT = 3;

/** Mark → [family, role]: role 1 opens normally, 2 closes normally, 3 always opens, 4 straight. */
const MARKS: Record<string, [number, number]> = {
  '“': [CURLY, 1],
  '”': [CURLY, 2],
  '„': [CURLY, 3],
  '«': [GUILLEMET, 1],
  '»': [GUILLEMET, 2],
  '‹': [SINGLE, 1],
  '›': [SINGLE, 2],
  '"': [STRAIGHT, 4],
};

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;
/** Conjunctions and prepositions written joined to the next word: و ف ب ل ك. */
const PROCLITICS = 'وفبلك';
/** Punctuation that follows a closing mark, never an opening one: ” … “. */
const CLOSING_PUNCT = '.,،؛;:!?؟)]';

interface Open {
  pos: number;
  family: number;
  /** Dropped unless closed: reversed and straight openings. */
  needsClose: boolean;
  /** Index in `records`. */
  rec: number;
}

/** Top-level quotations of `text.slice(from, to)`, in order, empty ones left out. */
export function pairMarks(text: string, from: number, to: number): MarkSpan[] {
  // records[i] = [open, close]; close -1 = dropped, -2 = runs to the paragraph's end.
  const records: Array<[number, number]> = [];
  const stack: Open[] = [];
  const openCount = [0, 0, 0, 0];

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
    stack.push({ pos, family, needsClose, rec: records.length });
    records.push([pos, -1]);
    openCount[family]++;
  };

  for (let i = from; i < to; i++) {
    const mark = MARKS[text[i]];
    if (!mark) continue;
    const [family, role] = mark;
    const prev = i > from ? text[i - 1] : '';
    const next = i + 1 < to ? text[i + 1] : '';
    // و"لا", ب«الحرية»: a one-letter proclitic before a mark is not a word.
    const proclitic = PROCLITICS.includes(prev) && (i - 1 === from || !WORD.test(text[i - 2]));
    const prevWord = prev !== '' && WORD.test(prev) && !proclitic;
    const nextWord = next !== '' && WORD.test(next);
    // Looks like an opening (space or start before, something after) or a closing.
    const leftFlank = !prevWord && next !== '' && !SPACE.test(next) && !CLOSING_PUNCT.includes(next);
    const rightFlank = prev !== '' && !SPACE.test(prev) && !nextWord;
    const isOpen = openCount[family] > 0;

    if (role === 4) {
      if (prevWord && nextWord) continue;
      if (isOpen) closeFamily(family, i);
      else if (!prevWord && next !== '') open(i, family, true);
    } else if (role === 3) {
      open(i, family, false);
    } else if (role === 2) {
      if (isOpen) closeFamily(family, i);
      else if (!rightFlank) open(i, family, true);
    } else {
      if (isOpen && !leftFlank) closeFamily(family, i);
      else if (!rightFlank || isOpen) open(i, family, false);
    }
  }
  for (const left of stack) records[left.rec][1] = left.needsClose ? -1 : -2;

  const spans: MarkSpan[] = [];
  let cover = -1;
  for (const [openPos, close] of records) {
    if (close === -1 || openPos < cover) continue;
    const closed = close !== -2;
    const outerEnd = closed ? close + 1 : to;
    cover = outerEnd;
    let start = openPos + 1;
    let end = closed ? close : to;
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (end > start) spans.push({ outerStart: openPos, outerEnd, start, end, closed });
  }
  return spans;
}
