/**
 * Clean-up by structure rather than by phrase: the box a matched label heads,
 * a heading repeating the title, a block repeating the byline, link lists
 * trailing the body, blocks with nothing in them. Each removal goes through
 * `drop`, which remembers what it emptied.
 */
import { BLOCK_TAGS, FRESH, holdsMedia, isLeafBlock, isMedia, linkDensity, textOf, type TreeReads } from '../../dom/blocks';
import { byTags, closestOf, hasDescendant } from '../../dom/walk';
import { normalizeArabic } from '../../text/arabic';

/**
 * An inline element (a, strong, span…) that is a word of a paragraph's
 * sentence: "<strong>شارك</strong> الآلاف في المسيرة". Only inline elements
 * standing alone (between blocks, or the whole of their block) are labels.
 */
export function inlineInSentence(el: Element, root: Element, text: (node: Node) => string = textOf): boolean {
  if (BLOCK_TAGS.has(el.tagName)) return false;
  let block = el.parentElement;
  while (block && block !== root && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block || block === root || !isLeafBlock(block)) return false;
  return text(block).length > text(el).length;
}

/** True when `el` is in, or is, a quotation element (never removed). */
export function insideQuotation(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (p.tagName === 'BLOCKQUOTE' || p.tagName === 'Q') return true;
  }
  return false;
}

/** True when an element holds no letter, digit or media: "." or "&nbsp;". */
export function isEmptyBlock(el: Element, text = el.textContent ?? ''): boolean {
  return !LETTER.test(text) && !holdsMedia(el) && !isMedia(el);
}

const LETTER = /[\p{L}\p{N}]/u;
const BOX_BREAKERS = new Set(['BLOCKQUOTE', 'FIGURE', 'IMG', 'TABLE']);

/** Every leaf block of a box other than its label is a link list item or a short line. */
function isBoxOf(container: Element, label: Element, reads: TreeReads): boolean {
  const inside = reads.within(container);
  if (inside.some((el) => BOX_BREAKERS.has(el.tagName))) return false;
  for (const el of inside) {
    if (el === label || label.contains(el) || el.contains(label)) continue;
    if (!BLOCK_TAGS.has(el.tagName) || !isLeafBlock(el)) continue;
    const words = reads.text(el).split(' ').filter(Boolean).length;
    if (words > 12 && linkDensity(el, undefined, reads) < 0.5) return false;
  }
  return true;
}

/** Removes an element, remembering its parent for the final sweep of emptied containers. */
export type Drop = (el: Element) => void;

/** Removes a matched label and, for box rules, the box it heads. */
export function removeBox(label: Element, root: Element, drop: Drop, reads: TreeReads = FRESH): void {
  let box = label;
  while (box.parentElement && box.parentElement !== root && isBoxOf(box.parentElement, label, reads)) box = box.parentElement;
  if (box === label) {
    // A heading followed by its list: take following siblings made of links.
    for (let next = label.nextElementSibling, n = 0; next && n < 12; n++) {
      const after = next.nextElementSibling;
      const words = reads.text(next).split(' ').filter(Boolean).length;
      const linky = words > 0 && linkDensity(next, undefined, reads) >= 0.5;
      if (!linky || hasDescendant(next, 'blockquote')) break;
      drop(next);
      next = after;
    }
  }
  drop(box);
}

/** Removes the first heading of the body when it repeats the title shown in the header. */
export function removeTitleHeading(root: Element, title: string, drop: Drop): boolean {
  const normTitle = normalizeArabic(title);
  if (!normTitle) return false;
  const heading = byTags(root, 'H1', 'H2', 'H3')[0];
  if (!heading || normalizeArabic(heading.textContent ?? '') !== normTitle) return false;
  drop(heading);
  return true;
}

/**
 * Removes the byline when the body repeats it: at the top ("Author, name /
 * Role, editor") or at the end in an author box (name and a short bio),
 * with the short box holding it. The header shows the byline.
 */
export function removeBylineBlock(root: Element, byline: string, leaves: Element[], drop: Drop): boolean {
  const name = normalizeArabic(byline);
  if (!name) return false;
  const blocks = leaves.filter((el) => BYLINE_TAGS.has(el.tagName));
  const near = [...blocks.slice(0, 6), ...blocks.slice(-6)];
  const hit = near.find((el) => {
    const text = normalizeArabic(el.textContent ?? '');
    return text.includes(name) && text.split(' ').length <= 12;
  });
  if (!hit) return false;
  let box: Element = hit;
  const words = (el: Element) => textOf(el).split(' ').filter(Boolean).length;
  while (box.parentElement && box.parentElement !== root && words(box.parentElement) <= 40 && !hasDescendant(box.parentElement, 'blockquote', 'img', 'figure')) {
    box = box.parentElement;
  }
  drop(box);
  return true;
}

const BYLINE_TAGS = new Set(['P', 'LI', 'DIV', 'SPAN', 'ADDRESS', 'H3', 'H4', 'H5', 'H6']);

/**
 * Removes lists of nothing but short links at the very end of the body: tag
 * and topic lists whose heading Readability already took (BBC Arabic's
 * "مواضيع ذات صلة" topic list, WordPress tag clouds).
 */
export function removeTrailingLinkLists(root: Element, all: Element[], drop: Drop): boolean {
  let removed = false;
  for (;;) {
    const last = lastBlock(root, all);
    const list = last && closestOf(last, 'ul', 'ol');
    if (!list || !root.contains(list) || list === root) return removed;
    const items = Array.from(list.querySelectorAll('li'));
    const allLinks = items.length > 0 && items.every((li) => textOf(li).split(' ').length <= 12 && linkDensity(li) >= 0.9);
    if (!allLinks) return removed;
    drop(list);
    removed = true;
  }
}

/** The last leaf block holding text or media (`all`: the body's elements in order, some since removed). */
function lastBlock(root: Element, all: Element[]): Element | null {
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (BLOCK_TAGS.has(el.tagName) && isLeafBlock(el) && !isEmptyBlock(el) && root.contains(el)) return el;
  }
  return null;
}
