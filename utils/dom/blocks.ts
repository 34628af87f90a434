/** Block structure: which elements start a line, the text of blocks, links in them. All iterative: pages nest deep. */
import { byTags, descendants, firstDescendant, hasDescendant } from './walk';

/** Elements that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

/**
 * Elements whose text is not prose the reader shows or speaks: code, styles,
 * form fields, the title, SVG and MathML. Their text still counts in flat-text
 * offsets; it is never read for quotations or sentences, nor marked.
 */
export const NON_PROSE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'SVG', 'MATH']);

/** True when no child of `el` is a block: the innermost blocks, where text rules and line matching look. */
export function isLeafBlock(el: Element): boolean {
  // Sibling links, not `children`: each step of that collection's iterator costs a scan in jsdom (see walk.ts listOf).
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_TAGS.has(child.tagName)) return false;
  return true;
}

/** Elements that show something without text (local names). */
export const MEDIA_TAGS = ['img', 'picture', 'video', 'audio', 'svg', 'canvas', 'iframe', 'object', 'embed', 'math', 'table', 'hr'];

/** `el.matches('img, picture, …')` for MEDIA_TAGS, by local name. */
export const isMedia = (el: Element) => MEDIA_TAGS.includes(el.localName);
/** `el.querySelector('img, picture, …') !== null` for MEDIA_TAGS, without a selector match. */
export const holdsMedia = (el: Element) => hasDescendant(el, ...MEDIA_TAGS);

/** White space that collapsing changes: any but a lone plain space. */
const COLLAPSIBLE = /[^\S ]| {2}/;

/** Text of an element with white space collapsed. */
export function textOf(node: Node): string {
  const text = node.textContent ?? '';
  // Most texts have single spaces only: the replace would copy them unchanged.
  return (COLLAPSIBLE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/**
 * `node.textContent.slice(0, length)`, reading only the text nodes it needs
 * (an article's first paragraphs, not all of it).
 */
export function textStart(node: Node, length: number): string {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < length; n = walker.nextNode()) text += (n as Text).data;
  return text.slice(0, length);
}

/**
 * How a pass reads the tree: its texts and the elements under an element.
 * Fresh reads by default (FRESH); clean-up's remover answers the same from
 * one walk and texts read once (cleanup/remover.ts).
 */
export interface TreeReads {
  /** `textOf(node)`. */
  text(node: Node): string;
  /** `descendants(el, keep)`. */
  within(el: Element, keep?: (el: Element) => boolean): Element[];
  /** `firstDescendant(el, keep) !== null`. */
  holds(el: Element, keep: (el: Element) => boolean): boolean;
}

export const FRESH: TreeReads = { text: textOf, within: descendants, holds: (el, keep) => firstDescendant(el, keep) !== null };

/**
 * Reads for a pass that changes nothing in the tree: each node's text read
 * once, and the elements under an element found once for each test (the
 * lists are shared: callers only read them).
 */
export function readOnce(): TreeReads {
  const texts = new Map<Node, string>();
  const lists = new Map<(el: Element) => boolean, Map<Element, Element[]>>();
  const text = (node: Node) => {
    let t = texts.get(node);
    if (t === undefined) texts.set(node, (t = textOf(node)));
    return t;
  };
  const within = (el: Element, keep?: (el: Element) => boolean) => {
    if (!keep) return descendants(el);
    let byEl = lists.get(keep);
    if (!byEl) lists.set(keep, (byEl = new Map()));
    let list = byEl.get(el);
    if (!list) byEl.set(el, (list = descendants(el, keep)));
    return list;
  };
  return { ...FRESH, text, within };
}

const isLink = (el: Element) => el.tagName === 'A';

/** Share of an element's text that sits inside links (0 for an element without text). */
export function linkDensity(el: Element, exclude?: Element, reads: TreeReads = FRESH): number {
  let total = reads.text(el).length;
  if (exclude && el.contains(exclude)) total -= reads.text(exclude).length;
  if (total <= 0) return 0;
  let linked = 0;
  for (const a of reads.within(el, isLink)) if (!exclude || !exclude.contains(a)) linked += reads.text(a).length;
  return linked / total;
}

/**
 * Plain text of a subtree, one line a block: what `--json` prints as `text`
 * and what word counts and reading time are computed on.
 */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  // Iterative pre-order walk with explicit exits, so depth costs no stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      line += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = tag !== undefined && BLOCK_TAGS.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return lines.join('\n');
}

/** Elements the HTML parser will not keep inside a `<p>` (it closes the paragraph before them). */
const CLOSES_P = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL']);

function holdsBlock(p: Element): boolean {
  return descendants(p).some((el) => CLOSES_P.has(el.tagName));
}

/**
 * Turns each `<p>` holding a block (Readability makes `<p><h2>` out of
 * `<div><h2>`) into a `<div>`, so that the HTML survives being serialised
 * and parsed again unchanged, with no empty paragraphs appearing.
 */
export function fixParagraphNesting(root: Element): void {
  for (const p of byTags(root, 'P')) {
    if (!holdsBlock(p)) continue;
    const div = p.ownerDocument.createElement('div');
    for (const attr of Array.from(p.attributes)) div.setAttribute(attr.name, attr.value);
    div.append(...Array.from(p.childNodes));
    p.replaceWith(div);
  }
}
