import { SOURCE_LINE, SOURCE_MAX_WORDS } from './cleanup/boilerplate';
import { parseDateline } from '../text/dateline';
import { BLOCK_TAGS, isLeafBlock, textOf } from '../dom/blocks';
import { byTags, elementsByTags } from '../dom/walk';
import { isoTime } from './metadata';

/**
 * What a page says just outside the part Readability picks: the date line
 * between the headline and the body, the source line after the body. Read
 * from the original document, never changed.
 */
export interface Surroundings {
  /** ISO date or time of a date line or `<time datetime>` before the body. */
  published: string;
  /** Agency of a source line after the body. */
  source: string;
}

const NONE: Surroundings = { published: '', source: '' };
/** How far to look on either side of the body, in elements. */
const REACH = 80;

/**
 * The element of `doc` holding the same text as one of `paragraphs` (tried in
 * order). Readability turns text-only divs into paragraphs, so leaf divs,
 * cells and items are searched too.
 */
function findOriginal(doc: Document, paragraphs: Element[]): Element | null {
  const texts = paragraphs.slice(0, 3).map(textOf);
  if (!texts.length) return null;
  const lengths = new Set(texts.map((t) => t.length));
  const shortest = Math.min(...lengths);
  const search = (elements: Iterable<Element>) => {
    const hits = new Map<string, Element>();
    for (const el of elements) {
      // Cheap length check first: most elements are ruled out without collapsing their text.
      if (!isLeafBlock(el)) continue;
      const raw = el.textContent ?? '';
      if (raw.length < shortest) continue;
      const text = textOf(el);
      if (lengths.has(text.length) && texts.includes(text) && !hits.has(text)) hits.set(text, el);
    }
    for (const text of texts) if (hits.has(text)) return hits.get(text)!;
    return null;
  };
  // One tag: the index by tag name gives the walk's order, cheaper (dom/walk.ts).
  return search(elementsByTags(doc, 'P')) ?? search(byTags(doc, 'DIV', 'TD', 'LI', 'SPAN'));
}

/** A text node opening with a source line's first word: المصدر، مصدر الخبر، Source… */
// One \s* unless there is a bracket: two in a row backtrack quadratically on the white space between tags.
const SOURCE_START = /^\s*(?:[(\[]\s*)?(?:المصدر|مصدر|المصادر|source)/i;

/** What every word SOURCE_START opens with holds. */
const SOURCE_WORDS = /مصدر|مصادر|source/i;

/**
 * True when some text of `doc` could open a source line: first whether its
 * text holds a source word at all (one read, no walk; most pages' does
 * not), then text node by text node.
 */
function hasSourceWord(doc: Document): boolean {
  if (!doc.body || !SOURCE_WORDS.test(doc.body.textContent ?? '')) return false;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (SOURCE_START.test(n.data)) return true;
  return false;
}

/**
 * Looks on either side of the body in the original page, for what the body
 * lacks: `need.published` and `need.source` say which to look for.
 */
export function readSurroundings(doc: Document, root: Element, need: { published: boolean; source: boolean }): Surroundings {
  // Most pages have no source line at all: one pass over the text tells.
  const wantSource = need.source && hasSourceWord(doc);
  if (!need.published && !wantSource) return NONE;
  const paragraphs = byTags(root, 'P').filter((p) => (p.textContent ?? '').length >= 30);
  const first = need.published ? findOriginal(doc, paragraphs) : null;
  const last = wantSource ? findOriginal(doc, paragraphs.slice().reverse()) : null;
  if ((!first && !last) || !doc.body) return NONE;
  const found: Surroundings = { published: '', source: '' };
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);

  // Backwards from the first paragraph to the headline: the date line.
  if (first) walker.currentNode = first;
  for (let i = 0, el = first && (walker.previousNode() as Element | null); el && i < REACH && !found.published; i++, el = walker.previousNode() as Element | null) {
    if (el.contains(first)) continue;
    if (el.tagName === 'H1') break;
    if (!found.published && el.tagName === 'TIME') found.published = isoTime(el.getAttribute('datetime'));
    if (!found.published && BLOCK_TAGS.has(el.tagName) && isLeafBlock(el)) found.published = parseDateline(textOf(el));
  }

  // Forwards from the last paragraph: the source line.
  if (last) walker.currentNode = last;
  for (let i = 0, el = last && (walker.nextNode() as Element | null); el && i < REACH && !found.source; i++, el = walker.nextNode() as Element | null) {
    if (!BLOCK_TAGS.has(el.tagName) || !isLeafBlock(el)) continue;
    const text = textOf(el);
    if (text.split(' ').length > SOURCE_MAX_WORDS) continue;
    const match = SOURCE_LINE.exec(text);
    if (match) found.source = match[1].trim();
  }
  return found;
}
