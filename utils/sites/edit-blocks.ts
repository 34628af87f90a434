/**
 * The blocks a reader can take out of an article in edit mode: the parts of
 * the body at the level a person sees them (a paragraph, a heading, a list,
 * a figure, a box of the site's), marked in the article's HTML with
 * `data-qari-block="N"`, each with the selector that finds it again on the
 * next page of the site (made while the page's classes are still there; the
 * sanitiser drops them).
 */
import { BLOCK_TAGS, textOf } from '../dom/blocks';
import { descendants, hasDescendant } from '../dom/walk';
import { classesOf } from '../extract/cleanup/selector-match';
import { buildSelector, type ClassCounts } from './selector';

export const BLOCK_ATTR = 'data-qari-block';
/** A huge page gets no edit mode beyond this many blocks (a selector each costs time). */
const MAX_BLOCKS = 2000;
const HEADINGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER']);

/** Children that are blocks or images, by sibling links (jsdom's `children` is slow on long bodies). */
function blockChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName) || c.tagName === 'IMG' || c.tagName === 'PICTURE') out.push(c);
  return out;
}

/**
 * Whether a child is a wrapper to look into rather than one block: a plain
 * container of several blocks that holds much of its parent's text (the
 * body's own wrapper), or many blocks.
 */
function isWrapper(el: Element, parentChars: () => number): boolean {
  if (!WRAPPERS.has(el.tagName)) return false;
  const inner = blockChildren(el);
  if (inner.length === 0) return false;
  if (inner.length === 1) return true;
  const share = textOf(el).length / Math.max(1, parentChars());
  // A box under its own heading (readers' comments, "about the writer") is one
  // block, unless it is most of the article.
  if (HEADINGS.has(inner[0].tagName) && share < 0.7) return false;
  return inner.length >= 4 || share > 0.4;
}

/** The edit blocks of `root`, in document order (at most MAX_BLOCKS). */
export function editBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // A walk in document order without recursion: each entry is a wrapper to
  // look into or a block to take, pushed in reverse so they pop in order.
  const stack: Array<{ el: Element; open: boolean }> = [{ el: root, open: true }];
  while (stack.length && out.length < MAX_BLOCKS) {
    const { el, open } = stack.pop()!;
    if (!open) {
      out.push(el);
      continue;
    }
    // The parent's text length, read only when a child's share of it is asked (isWrapper).
    let chars = -1;
    const parentChars = () => (chars < 0 ? (chars = textOf(el).length) : chars);
    const children = blockChildren(el);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (isWrapper(child, parentChars)) stack.push({ el: child, open: true });
      else if (child.tagName === 'IMG' || child.tagName === 'PICTURE' || child.textContent?.trim() || hasDescendant(child, 'img')) stack.push({ el: child, open: false });
    }
  }
  return out;
}

/**
 * Marks the edit blocks of `root` (Readability's output, classes kept) and
 * returns the selector of each, by its number. Marks the page put there
 * itself are taken away first.
 */
export function markEditBlocks(root: Element): string[] {
  // One walk: the page's own marks go, and the classes are counted (what countClasses counts).
  const counts: ClassCounts = new Map();
  for (const el of descendants(root)) {
    if (el.hasAttribute(BLOCK_ATTR)) el.removeAttribute(BLOCK_ATTR);
    if (el.hasAttribute('class')) for (const c of classesOf(el)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return editBlocks(root).map((el, i) => {
    el.setAttribute(BLOCK_ATTR, String(i));
    return buildSelector(el, root, counts);
  });
}
