/** Walking a DOM tree in document order, without recursion: pages nest thousands of levels deep. */

/**
 * The elements under `root` in document order (not `root` itself), those
 * passing `keep` when given. A TreeWalker: no recursion, and linear in jsdom,
 * where iterating a getElementsByTagName collection costs quadratic time.
 */
export function descendants(root: Node, keep?: (el: Element) => boolean): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const out: Element[] = [];
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (!keep || keep(el)) out.push(el);
  return out;
}

/**
 * Elements under `root` whose tag is one of `tags` (upper case, HTML), by
 * tag and in document order within each tag. The browser's (and jsdom's)
 * own index by tag name: no wrapper object for the elements that do not
 * match, several times cheaper than a walk over a whole page. For passes
 * where each element is handled on its own, so the order across tags does
 * not matter; a snapshot, so the caller may change the tree.
 */
export function elementsByTags(root: Document | Element, ...tags: string[]): Element[] {
  return tags.flatMap((tag) => listOf(root.getElementsByTagName(tag.toLowerCase())).filter((el) => el.tagName === tag));
}

/**
 * A live collection as an array, reading its length once. Not Array.from:
 * its iterator reads `length` at every step, and jsdom answers each read of
 * a name on an HTMLCollection by looking for an element of that id or name
 * among all of them (quadratic; 11 ms against 0.15 ms for a page's 445 links).
 */
export function listOf<T extends Element>(collection: HTMLCollectionOf<T> | HTMLCollection): T[] {
  return Array.prototype.slice.call(collection) as T[];
}

/** The first element under `root` in document order passing `keep`, or null; stops there. */
export function firstDescendant(root: Node, keep: (el: Element) => boolean): Element | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (keep(el)) return el;
  return null;
}

/**
 * `el.closest('a, b')` for a list of tag names (lower case): `el` or its
 * nearest ancestor of one of those local names, by parent links. A type
 * selector matches the local name and nothing else; this costs no selector
 * parse and match at each call (clean-up asks it for every block).
 */
export function closestOf(el: Element, ...names: string[]): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (names.includes(cur.localName)) return cur;
  return null;
}

/**
 * `el.querySelector('a, b') !== null` for a list of tag names (lower case):
 * whether some element under `el` has one of those local names. Stops at the
 * first; no selector to parse and match, for checks made at every block.
 */
export function hasDescendant(el: Element, ...names: string[]): boolean {
  return firstDescendant(el, (d) => names.includes(d.localName)) !== null;
}

/** Elements under `root` with one of `tags` (upper case). */
export const byTags = (root: Node, ...tags: string[]) => descendants(root, (el) => tags.includes(el.tagName));

export interface TreeVisitor {
  /** An element, before its children. */
  enter?(el: Element): void;
  /** An element, after its children. */
  exit?(el: Element): void;
  /** A text node's data (and the node), in document order. */
  text?(data: string, node: Text): void;
}

/**
 * Visits every element and text node under `root` in document order, with
 * enter and exit calls around each element's children. Moves by
 * firstChild/nextSibling/parentNode: no recursion, so a page nested 5,000
 * levels deep costs no call stack. The flat text (flat-text.ts) is the
 * concatenation of what `text` receives.
 */
export function walkTree(root: Node, visitor: TreeVisitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      visitor.enter?.(node as Element);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      visitor.exit?.(node as Element);
    } else if (node.nodeType === 3) visitor.text?.((node as Text).data, node as Text);
    // Next in document order: a sibling, or the sibling of the nearest ancestor that has one.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) node = null;
      else visitor.exit?.(node as Element);
    }
    node = node ? node.nextSibling : null;
  }
}
