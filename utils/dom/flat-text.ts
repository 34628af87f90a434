/**
 * The flat text of an element: the data of every Text node under it, in
 * document order. Quotations and sentences are offsets into it; highlighting
 * splits Text nodes but leaves it unchanged. This module walks it once, and
 * maps offsets to DOM ranges and DOM points back to offsets.
 */
import { walkTree } from './walk';

/** What `walkFlatText` reports, in document order; `offset`s are into the flat text. */
export interface FlatTextVisitor {
  /** An element opens (`tag` upper case); its text starts at `offset`. */
  enter?(el: Element, tag: string, offset: number): void;
  /** An element closes; its text ended at `offset`. */
  exit?(el: Element, tag: string, offset: number): void;
  /** A Text node's data, starting at `offset`. May return what the flat text holds in its place (as long). */
  text?(data: string, offset: number): string | void;
}

/** The flat text of `root`, built in one walk (no recursion) that tells `visitor` where each element and Text node starts. */
export function walkFlatText(root: Node, visitor: FlatTextVisitor): string {
  const parts: string[] = [];
  let offset = 0;
  walkTree(root, {
    enter: (el) => visitor.enter?.(el, el.tagName.toUpperCase(), offset),
    exit: (el) => visitor.exit?.(el, el.tagName.toUpperCase(), offset),
    text: (data) => {
      const held = visitor.text?.(data, offset);
      parts.push(typeof held === 'string' ? held : data);
      offset += data.length;
    },
  });
  return parts.join('');
}

/**
 * A DOM Range over `[start, end)` of an element's flat text, or null when the
 * offsets fall outside it.
 */
export function rangeOf(root: Element, start: number, end: number): Range | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const next = offset + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}

/** Offset in `root`'s flat text of a DOM point in it (a node and an offset, as a selection gives), or -1: the inverse of `rangeOf`. */
export function flatOffset(root: Element, node: Node, offset: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let at = 0;
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (text === node) return at + offset;
    if (node.nodeType !== 3 && node.contains(text)) return at;
    at += text.data.length;
  }
  return -1;
}
