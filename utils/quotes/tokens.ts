/**
 * The article's flat text cut into what attribution reads: words (folded),
 * punctuation, paragraph breaks, and each quotation as one token so that
 * speech verbs inside it are never read. One pass, linear.
 */
import { countTokens } from '../text/words';
import { fold } from './lexicon';
import { MAX_TITLE_WORDS } from './rules';

/** A stretch of the article's flat text between block boundaries. */
export interface Paragraph {
  start: number;
  end: number;
  /** Text of script, style and the like: counted in offsets, never read. */
  skip: boolean;
}

/** A quotation found by marks or by element, before attribution. */
export interface QuoteSpan {
  /** Offsets including the marks: what attribution skips over. */
  outerStart: number;
  outerEnd: number;
  /** Offsets of the content, without the marks. */
  start: number;
  end: number;
  /** A blockquote or q element rather than marks. */
  element: boolean;
  /** Marks: the closing mark was found. */
  closed: boolean;
  /** Attribution given by the markup (a blockquote's <cite>), '' when none. */
  cite: string;
}

/** A word (folded), a punctuation mark, a paragraph break, or a whole quotation. */
export type TokenKind = 'word' | 'punct' | 'break' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The folded word, or the punctuation mark; '' for breaks and quotations. */
  form: string;
  /** Index of the quotation in the spans for a `quote` token, -1 for the others. */
  quote: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640_]/u;
/** Inside a word when a letter follows: O'Brien, Smotrim.ru, می‌گوید (ZWNJ), מד"א. */
const JOINERS = ".'’-\u200c\u200d\"״׳";
/** Part of the word they end: פרופ׳, ד"ר's last mark is inside (Hebrew abbreviations; quotations are tokens of their own). */
const TRAILERS = '׳״';
/** White space, and the invisible marks sites scatter after punctuation (ZWNJ after a Persian comma, bidi marks). */
const SPACE = /[\s\u200c\u200d\u200e\u200f\u061c]/;

/** Which words name a quoted term: before it (مجلة «سيدتي», طرح «…»), or after it, maybe after a genitive particle (’کے فور‘ منصوبے, "…" کے نعرے). */
export interface TermNouns {
  before(form: string): boolean;
  after(form: string): boolean;
  particle(form: string): boolean;
}

/**
 * Words, punctuation, paragraph breaks and whole quotations of the article,
 * in order. A short quoted title named by a noun before or after it becomes
 * one word of the sentence and its span is added to `titles`.
 */
export function tokenize(flat: string, paragraphs: Paragraph[], spans: QuoteSpan[], titles: Set<number>, terms: TermNouns): Token[] {
  const tokens: Token[] = [];
  let qi = 0;
  let resume = 0;
  for (const p of paragraphs) {
    let i = Math.max(p.start, resume);
    while (!p.skip && i < p.end) {
      while (qi < spans.length && spans[qi].outerStart < i) qi++;
      const next = qi < spans.length ? spans[qi].outerStart : Infinity;
      if (i === next) {
        const span = spans[qi];
        const prev = tokens[tokens.length - 1];
        const inner = flat.slice(span.start, span.end);
        const short = !span.element && span.closed && countTokens(inner, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS;
        if (short && prev?.kind === 'word' && terms.before(prev.form)) {
          titles.add(qi++);
          tokens.push({ kind: 'word', start: span.outerStart, end: span.outerEnd, form: fold(inner), quote: -1 });
        } else tokens.push({ kind: 'quote', start: span.outerStart, end: span.outerEnd, form: '', quote: qi++ });
        i = resume = span.outerEnd;
        continue;
      }
      const ch = flat[i];
      if (SPACE.test(ch)) {
        i++;
        continue;
      }
      const limit = Math.min(p.end, next);
      if (!WORD_CHAR.test(ch)) {
        tokens.push({ kind: 'punct', start: i, end: i + 1, form: ch, quote: -1 });
        i++;
        continue;
      }
      let j = i + 1;
      while (j < limit && (WORD_CHAR.test(flat[j]) || TRAILERS.includes(flat[j]) || (JOINERS.includes(flat[j]) && j + 1 < limit && WORD_CHAR.test(flat[j + 1])))) j++;
      // "د. محمد": a one-letter abbreviation keeps its dot, which then ends no sentence.
      if (j === i + 1 && j < limit && flat[j] === '.') j++;
      const form = fold(flat.slice(i, j));
      titleBefore(tokens, form, spans, titles, terms, flat);
      tokens.push({ kind: 'word', start: i, end: j, form, quote: -1 });
      i = j;
    }
    if (tokens.length && tokens[tokens.length - 1].kind !== 'break') {
      tokens.push({ kind: 'break', start: p.end, end: p.end, form: '', quote: -1 });
    }
  }
  return tokens;
}

/** A short quotation followed by a term noun (’کے فور‘ منصوبے) becomes a word: the title of what the noun names. */
function titleBefore(tokens: Token[], form: string, spans: QuoteSpan[], titles: Set<number>, terms: TermNouns, flat: string): void {
  let k = tokens.length - 1;
  if (k >= 0 && tokens[k].kind === 'word' && terms.particle(tokens[k].form)) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'quote' || !terms.after(form)) return;
  if (k < tokens.length - 1 && !terms.particle(tokens[k + 1].form)) return;
  const span = spans[t.quote];
  const inner = flat.slice(span.start, span.end);
  if (span.element || !span.closed || countTokens(inner, MAX_TITLE_WORDS) > MAX_TITLE_WORDS) return;
  titles.add(t.quote);
  tokens[k] = { kind: 'word', start: t.start, end: t.end, form: fold(inner), quote: -1 };
}
