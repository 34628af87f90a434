/**
 * Highlights and notes in what leaves the reader (the Markdown copy, the
 * saved HTML file): the article's HTML is parsed apart, each highlight placed
 * in its text and marked, and each note put after the block its highlight
 * ends in, as a block quote.
 */
import { lazyFold, place } from './anchor';
import { colorOf, inArticleOrder, type Highlight } from './highlight';
import { markHighlights } from './marks';
import { BLOCK_TAGS } from '../dom/blocks';

/** The symbol that opens a note in a file. */
export const NOTE_SYMBOL = '✎';

/** The block after which the note of a highlight ending in `mark` goes. */
function blockOf(body: Element, mark: Element): Element | null {
  let block: Element | null = mark.parentElement;
  while (block && block !== body && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  // A block quote is no child of a list or a table: it goes after the whole list or table.
  const container = block?.closest('ul, ol, dl, table');
  if (container && body.contains(container)) block = container;
  return block && block !== body ? block : null;
}

/**
 * Marks `highlights` in `body` (parsed article HTML, not shown) and puts
 * their notes after their blocks; returns those that could not be placed.
 */
export function withHighlights(body: Element, highlights: Highlight[]): Highlight[] {
  const text = body.textContent ?? '';
  const folded = lazyFold(text);
  const placed = inArticleOrder(highlights.map((highlight) => ({ highlight, start: null as number | null, end: 0, ...place(text, highlight.anchor, folded) })));
  const found = placed.filter((p) => p.start !== null);
  markHighlights(
    body,
    found.map((p) => ({ id: p.highlight.id, start: p.start!, end: p.end, color: p.highlight.color, hasNote: !!p.highlight.note, label: colorOf(p.highlight.color).symbol })),
  );
  const doc = body.ownerDocument;
  // Notes go after their block in article order: the last note of a block goes last.
  const after = new Map<Element, Element>();
  for (const { highlight } of found) {
    if (!highlight.note) continue;
    const last = Array.from(body.querySelectorAll(`mark[data-qari-hl="${highlight.id}"]`)).pop();
    const block = last && blockOf(body, last);
    if (!block) continue;
    const note = doc.createElement('blockquote');
    note.setAttribute('data-qari-note', '');
    note.setAttribute('dir', 'auto');
    const p = doc.createElement('p');
    p.textContent = `${NOTE_SYMBOL} ${highlight.note}`;
    note.append(p);
    (after.get(block) ?? block).after(note);
    after.set(block, note);
  }
  return placed.filter((p) => p.start === null).map((p) => p.highlight);
}
