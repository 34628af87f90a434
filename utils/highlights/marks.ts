/**
 * Highlights drawn in a rendered article as <mark> elements. Only Text nodes
 * are split and wrapped, never elements, so the article's text (its
 * `textContent`, which anchors are offsets into) and the direction of every
 * paragraph are the same before and after; a highlight across links, <bdi>s
 * or blocks gets one <mark> per piece of text, all with the same id. (Not the
 * CSS Custom Highlight API: its registry is the document's, where a page
 * could read the ranges out of the sealed view, and a range takes no focus.)
 */
import { BLOCK_TAGS, NON_PROSE_TAGS, isLeafBlock } from '../dom/blocks';

export interface MarkSpan {
  id: string;
  start: number;
  end: number;
  color: string;
  hasNote: boolean;
  /** The first piece's description (its title): colour, text, note. */
  label: string;
}

const ATTR = 'data-qari-hl';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Wraps each span in `<mark data-qari-hl="{id}" data-color="…">`; marks of an earlier call go first. */
export function markHighlights(root: Element, spans: MarkSpan[]): void {
  unmarkHighlights(root);
  const doc = root.ownerDocument;
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  if (!sorted.length) return;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const pieces = new Map<string, HTMLElement[]>();
  let offset = 0;
  for (const node of texts) {
    const nodeStart = offset;
    const data = node.data;
    const nodeEnd = (offset += data.length);
    const parent = node.parentNode as Element | null;
    if (!parent || parent.namespaceURI !== HTML_NS || NON_PROSE_TAGS.has(parent.tagName.toUpperCase())) continue;
    // White space between blocks is no text on a line: a mark there would draw a box of its own.
    if (!/\S/.test(data) && !isLeafBlock(parent)) continue;
    let frag: DocumentFragment | null = null;
    let cursor = nodeStart;
    for (const span of sorted) {
      if (span.start >= nodeEnd) break;
      const from = Math.max(span.start, cursor);
      const to = Math.min(span.end, nodeEnd);
      if (to <= from) continue;
      frag ??= doc.createDocumentFragment();
      if (from > cursor) frag.append(data.slice(cursor - nodeStart, from - nodeStart));
      const mark = doc.createElement('mark');
      mark.setAttribute(ATTR, span.id);
      mark.setAttribute('data-color', span.color);
      if (span.hasNote) mark.setAttribute('data-note', '');
      mark.append(data.slice(from - nodeStart, to - nodeStart));
      frag.append(mark);
      const list = pieces.get(span.id);
      if (list) list.push(mark);
      else pieces.set(span.id, [mark]);
      cursor = to;
    }
    if (!frag) continue;
    if (cursor < nodeEnd) frag.append(data.slice(cursor - nodeStart));
    parent.replaceChild(frag, node);
  }
  for (const span of sorted) {
    const marks = pieces.get(span.id);
    if (!marks) continue;
    // The first piece takes the focus and describes the whole (a title: ARIA gives a <mark> no name); the last carries the symbols (highlights.css).
    marks[0].setAttribute('data-first', '');
    marks[0].tabIndex = 0;
    marks[0].title = span.label;
    marks[marks.length - 1].setAttribute('data-last', '');
    for (const mark of marks) markBlock(root, mark);
  }
}

/** Tells the blocks holding a highlight (the note of a highlight goes after its last block in exports). */
function markBlock(root: Element, mark: Element): void {
  for (let el = mark.parentElement; el && el !== root; el = el.parentElement) if (BLOCK_TAGS.has(el.tagName)) return void el.setAttribute('data-has-hl', '');
}

/** Removes the marks of `markHighlights` and joins the text they split: the DOM is as before. */
export function unmarkHighlights(root: Element): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(`mark[${ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parents.add(parent);
  }
  for (const el of Array.from(root.querySelectorAll('[data-has-hl]'))) el.removeAttribute('data-has-hl');
  for (const parent of parents) parent.normalize();
}

/** The focusable first piece of highlight `id` (ids are letters, digits, - and _: isHighlight). */
export function highlightElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[${ATTR}="${id}"][data-first]`);
}

/** The id of the highlight `node` lies in, or null. */
export function highlightAt(node: Node | null): string | null {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return el?.closest(`mark[${ATTR}]`)?.getAttribute(ATTR) ?? null;
}
