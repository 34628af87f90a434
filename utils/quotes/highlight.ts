/**
 * Marks the quotations found by `findQuotes` in the rendered article. Only
 * Text nodes are split and wrapped, never elements, so the article's text
 * (`root.textContent`) is the same before, during and after; a quotation that
 * crosses elements or blocks gets one <mark> per piece of text, all with the
 * same `data-qari-quote`.
 */
import { NON_PROSE_TAGS } from '../dom/blocks';
import type { Quote } from './quotes';

const SHOW_TEXT = 4;
const ATTR = 'data-qari-quote';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Wraps each quotation's span in `<mark data-qari-quote="{id}"
 * data-speaker="{speaker}" data-inferred="true|false">`. Marks left by an
 * earlier call are removed first, so calling it again is safe.
 */
export function highlightQuotes(root: Element, quotes: Quote[]): void {
  unhighlightQuotes(root);
  const doc = root.ownerDocument;
  const spans = quotes.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start || a.end - b.end);
  if (!spans.length) return;

  // Collect first: replacing nodes while walking would make the walker visit the new ones.
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);

  let offset = 0;
  let q = 0;
  for (const node of texts) {
    const nodeStart = offset;
    const data = node.data;
    const nodeEnd = offset + data.length;
    offset = nodeEnd;
    while (q < spans.length && spans[q].end <= nodeStart) q++;
    const parent = node.parentNode as Element | null;
    // <mark> only in prose HTML text: not in <style> and the like, not in SVG or MathML.
    if (!parent || parent.namespaceURI !== HTML_NS || NON_PROSE_TAGS.has(parent.tagName.toUpperCase())) continue;
    // The node's pieces, plain or marked, built aside and put in with one replacement:
    // splitting a long node once per quotation would copy its rest every time.
    let frag: DocumentFragment | null = null;
    let cursor = nodeStart;
    for (let k = q; k < spans.length && spans[k].start < nodeEnd; k++) {
      const quote = spans[k];
      const from = Math.max(quote.start, cursor);
      const to = Math.min(quote.end, nodeEnd);
      if (to <= from) continue;
      frag ??= doc.createDocumentFragment();
      if (from > cursor) frag.appendChild(doc.createTextNode(data.slice(cursor - nodeStart, from - nodeStart)));
      const mark = doc.createElement('mark');
      mark.setAttribute(ATTR, String(quote.id));
      mark.setAttribute('data-speaker', quote.speaker);
      mark.setAttribute('data-inferred', String(quote.inferred));
      mark.appendChild(doc.createTextNode(data.slice(from - nodeStart, to - nodeStart)));
      frag.appendChild(mark);
      cursor = to;
    }
    if (!frag) continue;
    if (cursor < nodeEnd) frag.appendChild(doc.createTextNode(data.slice(cursor - nodeStart)));
    parent.replaceChild(frag, node);
  }
}

/** Removes the marks of `highlightQuotes` and joins the text they split: the DOM is as before. */
export function unhighlightQuotes(root: Element): void {
  const marks = Array.from(root.querySelectorAll(`mark[${ATTR}]`));
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
