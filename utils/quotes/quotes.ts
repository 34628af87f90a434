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
import { pairMarks } from './marks';
import type { Paragraph, QuoteSpan } from './tokens';
import { attributeSpeakers } from './speakers';

export interface Quote {
  /** Position in the returned list (0, 1, …): the `data-qari-quote` value. */
  id: number;
  /** The quotation without its marks; a blockquote's blocks joined by "\n". */
  text: string;
  /** As written, titles kept ("الرئيس الروسي فلاديمير بوتين"); '' when unknown. */
  speaker: string;
  /** True when the speech verb names nobody and the last named speaker was taken. */
  inferred: boolean;
  /** Flat-text offsets of the content, marks excluded; `end` exclusive. */
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

/**
 * The quotations under `root`, in document order: text between quotation
 * marks (“…”, ”…“, «…», „…“, ‹…›, "…") paired within a paragraph, and
 * <blockquote>/<q> elements, each with its speaker. Nested quotations are
 * part of the outer one and not returned on their own.
 */
export function findQuotes(root: Element): Quote[] {
  const { flat, paragraphs, elements } = readParagraphs(root);

  // Candidates in order of their opening: the marks of each paragraph and the elements.
  const candidates: QuoteSpan[] = [];
  let e = 0;
  const pushElement = (el: ElementQuote) => {
    if (el.start >= 0) {
      candidates.push({ outerStart: el.start, outerEnd: el.end, start: el.start, end: el.end, cite: cleanCite(el.cite), element: true, closed: true });
    }
  };
  for (const p of paragraphs) {
    if (p.skip) continue;
    for (const m of pairMarks(flat, p.start, p.end)) {
      while (e < elements.length && (elements[e].start < 0 || elements[e].start <= m.outerStart)) pushElement(elements[e++]);
      candidates.push({ ...m, cite: '', element: false });
    }
  }
  while (e < elements.length) pushElement(elements[e++]);

  // Outermost first: anything opening inside an accepted quotation is nested in it.
  const spans: QuoteSpan[] = [];
  let cover = -1;
  for (const c of candidates) {
    if (c.outerStart < cover) {
      // <blockquote>“…”</blockquote>: the element's marks are not part of its text.
      const outer = spans[spans.length - 1];
      if (outer.element && !c.element && c.outerStart === outer.start && c.outerEnd === outer.end) {
        outer.start = c.start;
        outer.end = c.end;
      }
      continue;
    }
    spans.push(c);
    cover = c.outerEnd;
  }

  const who = attributeSpeakers(flat, paragraphs, spans);
  const quotes: Quote[] = [];
  let p = 0;
  for (let i = 0; i < spans.length; i++) {
    const attribution = who[i];
    if (!attribution) continue;
    const { start, end, element } = spans[i];
    let text = flat.slice(start, end);
    if (element) {
      // Blocks inside a blockquote: one line each.
      while (p < paragraphs.length && paragraphs[p].end <= start) p++;
      const lines: string[] = [];
      for (let k = p; k < paragraphs.length && paragraphs[k].start < end; k++) {
        if (paragraphs[k].skip) continue;
        const line = flat.slice(Math.max(start, paragraphs[k].start), Math.min(end, paragraphs[k].end)).trim();
        if (line) lines.push(line);
      }
      text = lines.join('\n');
    }
    quotes.push({ id: quotes.length, text, speaker: attribution.speaker, inferred: attribution.inferred, start, end });
  }
  return quotes;
}
