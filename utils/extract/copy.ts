/**
 * The copy of the page that Readability rewrites, and the elements of it
 * that the passes before Readability look at (links and images, form fields,
 * headings, quotes and tables), found in one walk over the copy. The same
 * walk tells a page nested too deep for Readability: such a page is copied
 * again, iteratively and flattened (dom/deep.ts). One walk instead of one
 * per pass and per tag: on a whole page each walk costs about a millisecond
 * in jsdom, as much as the work the passes do.
 */
import { deeperThan, flattenedCopy, MAX_DEPTH } from '../dom/deep';

/** Tags the passes before Readability read (upper case: HTML elements only, as `elementsByTags`). */
const COLLECTED = new Set(['A', 'IMG', 'SOURCE', 'INPUT', 'TEXTAREA', 'SELECT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SCRIPT']);
/**
 * Their local names in lower case: an element whose tagName is in COLLECTED
 * has one of these (the tag name is the local name, upper-cased or as it is),
 * so only those elements have their tagName read (a case conversion in jsdom).
 */
const COLLECTED_LOCAL = new Set([...COLLECTED].map((tag) => tag.toLowerCase()));
/** What `querySelector('blockquote, table')` finds: any element of these local names. */
const QUOTE_OR_TABLE = new Set(['blockquote', 'table']);

export interface PageCopy {
  doc: Document;
  /** The elements of `COLLECTED` tags, by tag, in document order. */
  byTag: Map<string, Element[]>;
  /** The elements with a blockquote or a table below them. */
  holdsQuoteOrTable: Set<Element>;
}

/** The collected elements of these tags, tag after tag (the order `elementsByTags` gives). */
export function taken(copy: PageCopy, ...tags: string[]): Element[] {
  return tags.flatMap((tag) => copy.byTag.get(tag) ?? []);
}

/** Walks `doc` once, collecting; null as soon as an element sits deeper than `limit`. */
function collect(doc: Document, limit: number): PageCopy | null {
  const byTag = new Map<string, Element[]>();
  const quotes: Element[] = [];
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  let depth = 0;
  for (;;) {
    if (walker.firstChild()) {
      if (++depth > limit) return null;
    } else {
      let next = false;
      while (!(next = walker.nextSibling() !== null)) {
        if (!walker.parentNode()) break;
        depth--;
      }
      if (!next) break;
    }
    const el = walker.currentNode as Element;
    const local = el.localName;
    const tag = COLLECTED_LOCAL.has(local.toLowerCase()) ? el.tagName : '';
    if (COLLECTED.has(tag)) {
      const list = byTag.get(tag);
      if (list) list.push(el);
      else byTag.set(tag, [el]);
    }
    if (QUOTE_OR_TABLE.has(local)) quotes.push(el);
  }
  const holdsQuoteOrTable = new Set<Element>();
  for (const q of quotes) for (let p = q.parentElement; p && !holdsQuoteOrTable.has(p); p = p.parentElement) holdsQuoteOrTable.add(p);
  return { doc, byTag, holdsQuoteOrTable };
}

/**
 * What Readability and the passes before it read of the head: the title,
 * the meta tags (metadata), the base address (links made absolute) and the
 * JSON-LD scripts (the type tested as loosely as readStructuredData does).
 * The rest (stylesheets, scripts, preloads, about 7% of a news page's
 * nodes) Readability removes or never reads; not copying it is 7-8% of
 * copying the page and reading its article.
 */
const HEAD_KEPT = new Set(['title', 'meta', 'base']);

function keptInHead(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return HEAD_KEPT.has(el.localName) || (el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? ''));
}

/**
 * `doc` copied for Readability: the doctype, the root's attributes, the
 * head's kept elements and everything else whole (`importNode`, in one
 * native call each: a copy walked node by node in script is slower than
 * copying the nodes skipped). Imported, not cloned and appended: a node
 * cloned in `doc` is adopted into the copy as it is appended, one more walk
 * over the whole body (a third of the copy's time on Folha in jsdom).
 * Throws as `cloneNode(true)` does.
 */
function copyOf(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 10 /* doctype */) copy.appendChild(copy.importNode(node, false));
    if (node !== root) continue;
    const html = copy.appendChild(copy.importNode(root, false));
    for (let part = root.firstChild; part; part = part.nextSibling) {
      if ((part as Element).localName !== 'head') {
        html.appendChild(copy.importNode(part, true));
        continue;
      }
      const head = html.appendChild(copy.importNode(part, false));
      for (let el = part.firstChild; el; el = el.nextSibling) if (keptInHead(el)) head.appendChild(copy.importNode(el, true));
    }
  }
  return copy;
}

/**
 * A copy of `doc` for Readability with its collected elements; null when the
 * page cannot be copied. Readability reads the same from it as from
 * `cloneNode(true)` (`copyOf`), or from the flattened copy when some
 * element sits deeper than MAX_DEPTH.
 */
export function copyForReadability(doc: Document): PageCopy | null {
  let clone: Document | null = null;
  try {
    clone = copyOf(doc);
  } catch {
    // jsdom clones recursively: a page thousands of levels deep overflows the stack.
    if (!deeperThan(doc)) return null;
  }
  const copy = clone && collect(clone, MAX_DEPTH);
  if (copy) return copy;
  try {
    return collect(flattenedCopy(doc), Infinity);
  } catch {
    return null;
  }
}
