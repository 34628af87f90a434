/**
 * Pages nested thousands of levels deep. Readability's cost grows with the
 * cube of the depth (a 5,000-level page froze Chromium for 94 s) and jsdom
 * clones recursively (a stack overflow): such a page is copied iteratively,
 * with its empty wrapper chains flattened, before Readability sees it.
 */

/** Deeper than any real news page (they stay under a hundred levels). */
export const MAX_DEPTH = 400;

/** True when some element of `doc` sits more than `limit` levels deep. Stops as soon as it knows. */
export function deeperThan(doc: Document, limit = MAX_DEPTH): boolean {
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  let depth = 0;
  for (;;) {
    if (walker.firstChild()) {
      if (++depth > limit) return true;
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode()) return false;
      depth--;
    }
  }
}

/** Elements that only group: dropped from a chain when they hold nothing but one element. */
const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'ARTICLE', 'MAIN', 'FONT', 'CENTER']);

/** The only element child of a wrapper with no text or other element of its own, else null. */
function onlyChild(el: Element): Element | null {
  if (!WRAPPERS.has(el.tagName) || el.attributes.length > 2) return null;
  let only: Element | null = null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (only) return null;
      only = n as Element;
    } else if (n.nodeType === 3 && /\S/.test((n as Text).data)) return null;
  }
  return only;
}

/**
 * A copy of `doc` made node by node (no recursion), leaving out every wrapper
 * whose whole content is one element: its child takes its place.
 */
export function flattenedCopy(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const stack: Array<[Node, Node]> = [];
  for (let n = doc.lastChild; n; n = n.previousSibling) stack.push([n, copy]);
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    let target: Node = parent;
    if (!(node.nodeType === 1 && onlyChild(node as Element))) target = parent.appendChild(copy.importNode(node, false));
    for (let n = node.lastChild; n; n = n.previousSibling) stack.push([n, target]);
  }
  return copy;
}
