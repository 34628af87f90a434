/**
 * Quotations of an article and who said them. Pure: reads the DOM, never
 * changes it; no extension API, no global state.
 *
 * Offsets are into the article's flat text (dom/flat-text.ts): the data of
 * every Text node under the root, in document order (what `highlightQuotes`
 * walks). Linear in the article's size: one walk to read text and
 * boundaries, one pass of pairing (marks.ts), one pass of attribution
 * (speakers.ts). The walk uses no recursion, so a page nested 5,000 levels
 * deep costs no call stack.
 */
import { BLOCK_TAGS, NON_PROSE_TAGS } from '../dom/blocks';
import { walkFlatText } from '../dom/flat-text';
import { closingAtEnd, pairMarks } from './marks';
import type { Paragraph, QuoteSpan } from './tokens';
import { attributeSpeakers, introducedInside } from './speakers';
import { countTokens } from '../text/words';

/** What a quotation is: speech, or a quoted term (a name, a title, a word). */
export type QuoteKind = 'speech' | 'term';

export interface Quote {
  /** Position in the returned list (0, 1, …): the `data-qari-quote` value. */
  id: number;
  /** The quotation without its marks; a blockquote's blocks joined by "\n", a quotation over paragraphs by a space. */
  text: string;
  /** As written, titles kept ("الرئيس الروسي فلاديمير بوتين"); '' when unknown. */
  speaker: string;
  /** True when the speech verb names nobody and the last named speaker was taken. */
  inferred: boolean;
  /** `speech`: someone said or wrote it; `term`: a quoted word, name or title. */
  kind: QuoteKind;
  /** The title given with the name ("وزير الخارجية" for "وزير الخارجية سامح شكري"); '' when none. */
  role: string;
  /** Flat-text offsets of the content, marks excluded (inner opening marks of a quotation over paragraphs included); `end` exclusive. */
  start: number;
  end: number;
}

/** Inside a blockquote, attribution rather than quotation. */
const CITE_TAGS = new Set(['CITE', 'FOOTER']);

interface ElementQuote {
  start: number;
  end: number;
  cite: string;
}

const FIRST_SOLID = /\S/;
const LAST_SOLID = /\S\s*$/;

/** One walk: the flat text, its paragraphs and the outermost blockquote/q elements. */
function readParagraphs(root: Element) {
  const paragraphs: Paragraph[] = [];
  const elements: ElementQuote[] = [];
  let paraStart = 0;
  let nonProse = 0;
  let cite = 0;
  /** The outermost open blockquote/q: nested ones lie inside its span anyway. */
  let open: Element | null = null;
  let current: ElementQuote | null = null;

  const boundary = (offset: number) => {
    if (offset > paraStart) paragraphs.push({ start: paraStart, end: offset, skip: nonProse > 0 });
    paraStart = offset;
  };
  const flat = walkFlatText(root, {
    enter(el, tag, offset) {
      if (NON_PROSE_TAGS.has(tag)) {
        boundary(offset);
        nonProse++;
      } else if (BLOCK_TAGS.has(tag)) boundary(offset);
      if (CITE_TAGS.has(tag)) cite++;
      if (!open && (tag === 'BLOCKQUOTE' || tag === 'Q')) {
        open = el;
        current = { start: -1, end: -1, cite: '' };
        elements.push(current);
      }
    },
    exit(el, tag, offset) {
      if (NON_PROSE_TAGS.has(tag)) {
        boundary(offset);
        nonProse--;
      } else if (BLOCK_TAGS.has(tag)) boundary(offset);
      if (CITE_TAGS.has(tag)) cite--;
      if (el === open) open = current = null;
    },
    text(data, offset) {
      if (!current || nonProse) return;
      if (cite > 0) current.cite += data;
      else {
        const first = data.search(FIRST_SOLID);
        if (first >= 0) {
          if (current.start < 0) current.start = offset + first;
          current.end = offset + data.search(LAST_SOLID) + 1;
        }
      }
    },
  });
  boundary(flat.length);
  return { flat, paragraphs, elements };
}

const cleanCite = (cite: string) => cite.replace(/\s+/g, ' ').replace(/^[\s\-–—―:]+|[\s\-–—―:.]+$/g, '');
/** Whether `flat[start, end)` holds anything but white space. */
function hasText(flat: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (flat.charCodeAt(i) > 32) return true;
  return false;
}

/** A mark span with the pieces of text it joins: more than one when it runs over paragraphs. */
type Candidate = QuoteSpan & { pieces: Array<[number, number]>; family: number; tentative?: boolean; dropped?: boolean };

/** A blockquote's text: the blocks inside it, one line each. `from` is a paragraph index at or before it (spans come in order). */
function blockLines(flat: string, paragraphs: Paragraph[], span: QuoteSpan, from: { p: number }): string {
  while (from.p < paragraphs.length && paragraphs[from.p].end <= span.start) from.p++;
  const lines: string[] = [];
  for (let k = from.p; k < paragraphs.length && paragraphs[k].start < span.end; k++) {
    if (paragraphs[k].skip) continue;
    const line = flat.slice(Math.max(span.start, paragraphs[k].start), Math.min(span.end, paragraphs[k].end)).trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/**
 * Quotation-mark candidates of every paragraph, a quotation that the next
 * paragraph continues (opening mark on each paragraph, closing mark on the
 * last: SOURCES.md gold, Persian «…, Urdu “…, Hebrew "…), or opened once and
 * closed only at the end of the next paragraph, joined into one.
 */
function markCandidates(flat: string, paragraphs: Paragraph[]): Candidate[] {
  const out: Candidate[] = [];
  /** The outermost quotation left open by the last paragraph with text. */
  let pending: Candidate | null = null;
  for (const p of paragraphs) {
    if (p.skip || !hasText(flat, p.start, p.end)) continue;
    const spans = pairMarks(flat, p.start, p.end);
    let k = 0;
    if (pending && spans.length && spans[0].leads && spans[0].family === pending.family) {
      const first = spans[k++];
      pending.pieces.push([first.start, first.end]);
      Object.assign(pending, { outerEnd: first.outerEnd, end: first.end, closed: first.closed, tentative: first.tentative });
      if (first.closed) pending = null;
    } else {
      // Opened once, closed only at the end of this paragraph: one quotation over both.
      const close = pending ? closingAtEnd(flat, p.start, p.end, pending.family) : -1;
      if (pending && close >= 0) {
        let from = p.start;
        while (from < close && flat.charCodeAt(from) <= 32) from++;
        pending.pieces.push([from, close]);
        Object.assign(pending, { outerEnd: close + 1, end: close, closed: true, tentative: false });
      } else if (pending?.tentative) pending.dropped = true;
      pending = null;
    }
    for (; k < spans.length; k++) {
      const m = spans[k];
      const c: Candidate = { ...m, cite: '', element: false, pieces: [[m.start, m.end]] };
      out.push(c);
      if (!m.closed && !pending) pending = c;
    }
  }
  if (pending?.tentative) pending.dropped = true;
  return out.filter((c) => !c.dropped);
}

/**
 * Longest quoted term that no noun names, in words ("بسنت", "راوی کی کہانی",
 * "׳דירה להשכיר׳"); a title named by a noun may be longer (rules.ts
 * MAX_TITLE_WORDS: طرح «هر خانه یک کنتور هوشمند»).
 */
export const MAX_TERM_WORDS = 3;
/** Inside a quoted term there is no sentence. */
const SENTENCE_INSIDE = /[.!?؟؛…](?=\s|$)|[.!?؟](?=\S)/;

/** Whether a span's text reads as a term: short and holding no sentence. */
function termLike(text: string): boolean {
  return countTokens(text, MAX_TERM_WORDS) <= MAX_TERM_WORDS && !SENTENCE_INSIDE.test(text.trim().replace(/[.!?؟…]+$/, ''));
}

/**
 * The quotations under `root`, in document order: text between quotation
 * marks (“…”, ”…“, «…», „…“, ‹…›, "…", ״…״, ’…‘, '…', ׳…׳) paired within a
 * paragraph or continued over paragraphs, and <blockquote>/<q> elements,
 * each with its kind, speaker and role. A quoted term inside a quotation
 * (תוכנית ׳דירה להשכיר׳ inside the ministry's words) is returned after it
 * as a term of its own; other nested quotations are part of the outer one.
 */
export function findQuotes(root: Element): Quote[] {
  const { flat, paragraphs, elements } = readParagraphs(root);

  // Candidates in order of their opening: the marks of each paragraph and the elements.
  const candidates: Candidate[] = [];
  let e = 0;
  const pushElement = (el: ElementQuote) => {
    if (el.start >= 0) {
      candidates.push({ outerStart: el.start, outerEnd: el.end, start: el.start, end: el.end, cite: cleanCite(el.cite), element: true, closed: true, pieces: [], family: -1 });
    }
  };
  for (const m of markCandidates(flat, paragraphs)) {
    while (e < elements.length && (elements[e].start < 0 || elements[e].start <= m.outerStart)) pushElement(elements[e++]);
    candidates.push(m);
  }
  while (e < elements.length) pushElement(elements[e++]);

  // Outermost first: anything opening inside an accepted quotation is nested in it.
  const spans: Candidate[] = [];
  const inner: Array<{ span: Candidate; outer: number }> = [];
  let cover = -1;
  for (const c of candidates) {
    if (c.outerStart < cover) {
      // <blockquote>“…”</blockquote>: the element's marks are not part of its text.
      const outer = spans[spans.length - 1];
      if (outer.element && !c.element && c.outerStart === outer.start && c.outerEnd === outer.end) {
        outer.start = c.start;
        outer.end = c.end;
      } else if (!c.element && c.closed && !outer.element) inner.push({ span: c, outer: spans.length - 1 });
      continue;
    }
    spans.push(c);
    cover = c.outerEnd;
  }

  const who = attributeSpeakers(flat, paragraphs, spans);
  const found: Array<Omit<Quote, 'id'>> = [];
  const cursor = { p: 0 };
  const textOf = (span: Candidate) => (span.element ? blockLines(flat, paragraphs, span, cursor) : span.pieces.map(([s, t]) => flat.slice(s, t)).join(' '));
  const term = (text: string, span: QuoteSpan) => ({ text, speaker: '', role: '', inferred: false, kind: 'term' as const, start: span.start, end: span.end });
  spans.forEach((span, i) => {
    const { speaker, role, inferred, title, introduced } = who[i];
    const text = textOf(span);
    if (title || (!span.element && !introduced && termLike(text))) found.push(term(text, span));
    else found.push({ text, speaker, role, inferred, kind: 'speech', start: span.start, end: span.end });
  });
  // A term inside a quotation, unless a speech word or a colon introduces it there ("قال لي “أنا بريء”").
  for (const { span, outer } of inner) {
    const text = flat.slice(span.start, span.end);
    if (termLike(text) && !introducedInside(flat, spans[outer].start, span.outerStart)) found.push(term(text, span));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.map((q, id) => ({ id, ...q }));
}

/** The speech among `quotes`, numbered 0, 1, … again: what quote mode highlights and lists (terms never are). */
export function speechOnly(quotes: Quote[]): Quote[] {
  return quotes.filter((q) => q.kind === 'speech').map((q, id) => ({ ...q, id }));
}
