/** A body sanitised in place, with the HTML it serialises to and the address its links were resolved against. */
interface Sanitized {
  html: string;
  base: string;
  body: Element;
}

/**
 * The body of the article a view in this JavaScript world is showing, as
 * `sanitizeInPlace` left it (plus the extraction's own direction marks),
 * kept while that view is open. On the isolated world's global, not in this
 * module: the full-page view's two scripts (entrypoints/reader.content/view-code.ts)
 * each bundle a copy of it, and both show the article the reader extracted.
 */
const kept: { last: Sanitized | null } = ((globalThis as { __qariSanitized?: { last: Sanitized | null } }).__qariSanitized ??= { last: null });

/**
 * Keeps `body`, the article body sanitised in place in this world, that
 * `html` serialises: a view asking `sanitizeToFragment` (sanitize.ts) for that same HTML
 * then gets a copy of the sanitised nodes themselves, with no second parse
 * and sanitising (on the seed page's first use, 9 ms of the path to the
 * paint, a purifier made for the view's window included). The body must sit in an
 * inert document (the extraction's copy), so nothing in the copy loads
 * before it is appended. One body at a time: the latest extraction's.
 */
export function keepSanitized(body: Element, html: string, base: string): void {
  kept.last = { html, base, body };
}

/** Lets the kept body go (its view closed): the tree is the size of the article. */
export function forgetSanitized(): void {
  kept.last = null;
}

/**
 * A copy of `body`'s content in its own (inert) document, made node by node
 * as a parse of its HTML would make it: elements, their attributes and
 * text, never a shadow root. `cloneNode` would copy a page's clonable
 * shadow roots (declarative shadow DOM with `shadowrootclonable`, carried
 * over when the page was copied for Readability), whose content the HTML
 * never held and the sanitiser never saw; the hostile page has one.
 * With `images` false, images keep no `src` or `srcset`, as the URL policy
 * leaves them. Iterative: a deep tree cannot overflow the stack.
 */
function lightCopy(body: Element, images: boolean): DocumentFragment {
  const doc = body.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const stack: Array<[Node, Node]> = [];
  for (let child = body.lastChild; child; child = child.previousSibling) stack.push([child, fragment]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, parent] = next;
    let copy: Node;
    if (node.nodeType === 3) copy = doc.createTextNode(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      const made = doc.createElementNS(el.namespaceURI, el.prefix ? `${el.prefix}:${el.localName}` : el.localName);
      for (const attr of Array.prototype.slice.call(el.attributes) as Attr[]) {
        if (!images && el.localName === 'img' && (attr.name === 'src' || attr.name === 'srcset')) continue;
        made.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      }
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push([child, made]);
      copy = made;
    } else continue; // Comments and the like: nothing a reader sees.
    parent.appendChild(copy);
  }
  return fragment;
}

/** A copy of the kept body's content when it is what `html` serialises, still in the body's inert document; null otherwise. */
export function keptCopy(html: string, base: string, images: boolean): DocumentFragment | null {
  const last = kept.last;
  if (!last || last.html !== html || last.base !== base) return null;
  return lightCopy(last.body, images);
}
