/**
 * The standfirst (lede) that a page prints under its headline but outside
 * the container Readability picks: news agencies (ISNA, Tasnim, IRNA and
 * their kin) and many CMSs keep it in a field of its own, often marked
 * `itemprop="description"`, and it is the page's own description. Without it
 * the article loses its first paragraph. Only its text is taken, as a new
 * first paragraph; the body already holding it is left as it is.
 */
import { BLOCK_TAGS, isLeafBlock, textOf } from '../dom/blocks';
import { elementsByTags, firstDescendant } from '../dom/walk';
import { normalizeArabic } from '../text/arabic';
import { isRunningText } from '../text/prose';

const MIN_LEDE_WORDS = 8;

/** The page's descriptions (meta, Open Graph, JSON-LD), normalised. */
function descriptions(doc: Document, extra: string[]): string[] {
  const metas = elementsByTags(doc.head ?? doc, 'META').filter((el) => /^(?:description|og:description|twitter:description)$/i.test(el.getAttribute('name') ?? el.getAttribute('property') ?? ''));
  return [...metas.map((m) => m.getAttribute('content') ?? ''), ...extra].map(normalizeArabic).filter((d) => d.split(' ').length >= MIN_LEDE_WORDS);
}

/**
 * The text of the lede of `doc` when the extracted body `root` lacks it: a
 * block of eight words or more before the body's first paragraph, equal to one of
 * the page's descriptions (or marked as the description), in the same
 * container as the body. '' when there is none or the body has it.
 */
export function ledeOutside(doc: Document, root: Element, extraDescriptions: string[] = []): string {
  const firstText = firstDescendant(root, (el) => BLOCK_TAGS.has(el.tagName) && isLeafBlock(el) && isRunningText(textOf(el)));
  if (!firstText || !doc.body) return '';
  // The page's innermost blocks up to the one the first paragraph came from: what came before it.
  const blocks = blocksUpTo(doc.body, textOf(firstText));
  const original = blocks.at(-1);
  if (!original) return '';
  // The body's whole text, normalised, only once a block is a description.
  let bodyNorm: string | null = null;
  const inBody = (norm: string) => (bodyNorm ??= normalizeArabic(root.textContent ?? '')).includes(norm);
  // The page's descriptions, read once a block is long enough to be one.
  let descs: string[] | null = null;
  const matchesDescription = (norm: string) => (descs ??= descriptions(doc, extraDescriptions)).some((d) => d === norm || (d.length > 40 && norm.startsWith(d)));
  for (const el of blocks) {
    if (el === original) break;
    const text = textOf(el);
    // A standfirst often has no final full stop: its length and its match with the description tell.
    const norm = normalizeArabic(text);
    if (norm.split(' ').length < MIN_LEDE_WORDS) continue;
    const isDescription = el.getAttribute('itemprop') === 'description' || matchesDescription(norm);
    if (!isDescription || inBody(norm)) continue;
    // The same container as the article's first paragraph, not a header teaser or a sidebar.
    const shared = commonAncestor(el, original);
    if (shared && shared !== doc.body && shared !== doc.documentElement) return text;
  }
  return '';
}

/**
 * The innermost blocks of `body` in document order, ending with the first
 * that holds the start of `text` (the body's first paragraph, which
 * Readability may have made out of bare text between `<br>`s); none when no
 * block holds it. The walk stops there: the rest of the page is not read.
 */
function blocksUpTo(body: Element, text: string): Element[] {
  const start = text.slice(0, 160);
  // Its first word stands as it is in the raw text of any block whose collapsed text holds `start`: most blocks are ruled out without collapsing.
  const firstWord = start.split(' ')[0];
  const blocks: Element[] = [];
  const found = firstDescendant(body, (el) => {
    if (!BLOCK_TAGS.has(el.tagName) || !isLeafBlock(el)) return false;
    blocks.push(el);
    return (el.textContent ?? '').includes(firstWord) && textOf(el).includes(start);
  });
  return found ? blocks : [];
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let p: Element | null = a.parentElement; p; p = p.parentElement) if (p.contains(b)) return p;
  return null;
}
