/**
 * Teasers and link lists, found by their structure in any language: runs of
 * items that are each one link to another page of the same site with a
 * headline-like text (short, no second sentence), with or without an image,
 * a date, a category or a summary; lists and clouds made of nothing but
 * links; and share or follow bars made of links to social services or of
 * controls. They stand inside article containers on most news themes
 * (Jannah's inline related posts, JNews's `.jnews_inline_related_post`,
 * Youm7's cards between paragraphs, BBC's related topics, Ynet's
 * "כתבות נוספות"), whatever words head them, or none.
 */
import { BLOCK_TAGS, FRESH, isLeafBlock, readOnce, type TreeReads } from '../../dom/blocks';
import { closestOf, descendants, listOf } from '../../dom/walk';
import { hasInnerSentenceEnd, isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import { linkTarget, type LinkTarget } from './links';
import type { Remover } from './remover';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A card is its headline plus at most this many characters (a date, a category, a one-paragraph summary). */
const CARD_EXTRA_CHARS = 400;
const MAX_HEAD_CHARS = 220;
const MAX_HEAD_WORDS = 30;

const isLink = (el: Element) => el.tagName === 'A';

/** Share of an element's text inside links, counting a link around the element as all of it. */
export function linkedShare(el: Element, root: Element, reads: TreeReads = FRESH): number {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (p.tagName === 'A') return 1;
  if (el.tagName === 'A') return 1;
  const total = reads.text(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of reads.within(el, isLink)) linked += reads.text(a).length;
  return linked / total;
}

/** The links of `el`, and the one around it. */
function linksOf(el: Element, root: Element, reads: TreeReads): Element[] {
  const around = closestOf(el, 'a');
  const inside = reads.within(el, isLink);
  return around && root.contains(around) ? [around, ...inside] : inside;
}

/** Where the links of `el` go, by how much text (or, for image links, how many) each target has. */
function targets(el: Element, root: Element, url: string, reads: TreeReads): Map<LinkTarget, number> {
  const out = new Map<LinkTarget, number>();
  for (const a of linksOf(el, root, reads)) {
    const t = linkTarget(a, url);
    out.set(t, (out.get(t) ?? 0) + Math.max(1, reads.text(a).length));
  }
  return out;
}

/**
 * A teaser's headline: a block that is mostly one link to another page of
 * the same site, short, with no second sentence (a summary is a separate
 * block). "اقرأ أيضا: <a>…</a>" is one; a sentence with a link in it is not.
 */
export function isTeaserHead(el: Element, root: Element, url: string, reads: TreeReads = FRESH): boolean {
  const text = reads.text(el);
  if (text.length < 8 || text.length > MAX_HEAD_CHARS || countWords(text) > MAX_HEAD_WORDS) return false;
  if (hasInnerSentenceEnd(text)) return false;
  const links = linksOf(el, root, reads);
  // Mostly link, or a link after a label of a word or three ("بیشتر بخوانید: <a>…</a>").
  const share = linkedShare(el, root, reads);
  const unlinked = countWords(text) - links.reduce((n, a) => n + countWords(reads.text(a)), 0);
  if (share < 0.7 && !(share >= 0.4 && unlinked <= 3)) return false;
  const hrefs = new Set(links.map((a) => a.getAttribute('href')));
  return hrefs.size === 1 && linkTarget(links[0], url) === 'same-site';
}

/**
 * Blocks a teaser head can be: the innermost blocks, links wrapping blocks
 * (a card that is one `<a>`), and links standing among blocks (a card's
 * `<a>` headline beside its summary `<p>`).
 */
function headCandidates(rm: Remover): Element[] {
  return rm.elements((el) => {
    if (el.tagName === 'A') return !isLeafBlock(el) || (el.parentElement !== null && !isLeafBlock(el.parentElement));
    return BLOCK_TAGS.has(el.tagName) && isLeafBlock(el);
  });
}

/**
 * `textOf(el).length > limit`, reading no more of the text than it needs:
 * the ancestor that ends a card is often a whole page's column, read once
 * per head otherwise. The collapsed text of a prefix is never longer than
 * that of the whole, so an early yes is the same yes.
 */
function longerThan(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const collapsed = (t: string) => t.replace(/\s+/g, ' ').trim().length;
  let text = '';
  let check = limit;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    text += (n as Text).data;
    if (text.length > check) {
      if (collapsed(text) > limit) return true;
      check = text.length * 2;
    }
  }
  return collapsed(text) > limit;
}

const isQuoteOrTable = (el: Element) => el.localName === 'blockquote' || el.localName === 'table';

/**
 * The card around a head: the largest ancestor holding no other head and
 * little more than it, nor a quotation or a table (`holdsQuoteOrTable`, the
 * caller's answer when it has found them all at once). With clean-up's
 * reads, texts already read are looked up rather than read again in part.
 */
function cardOf(head: Element, root: Element, heads: Set<Element>, holdsQuoteOrTable?: (el: Element) => boolean, reads?: TreeReads): Element {
  const limit = (reads ?? FRESH).text(head).length + CARD_EXTRA_CHARS;
  const holds = holdsQuoteOrTable ?? ((el: Element) => (reads ?? FRESH).holds(el, isQuoteOrTable));
  const longer = reads ? (el: Element) => reads.text(el).length > limit : (el: Element) => longerThan(el, limit);
  let card = head;
  for (let p = head.parentElement; p && p !== root; p = p.parentElement) {
    if (longer(p) || holds(p)) break;
    let others = 0;
    for (const h of heads) if (h !== head && p.contains(h) && !h.contains(head)) others++;
    if (others) break;
    card = p;
  }
  return card;
}

const CARD_MARK = 'data-qari-teaser';

/**
 * Marks, in `doc` (a copy, before Readability reads it), the cards whose
 * headline is a heading linking to another page of the site. Readability
 * often drops such headings and keeps the rest of the card (a summary, an
 * image, a date), which then reads like a paragraph of the article: a
 * section front would pass for one. A caller that has walked the page
 * already gives its headings and which elements hold a quotation or a table.
 */
export function markTeaserCards(doc: Document, url: string, found?: { headings: Element[]; holdsQuoteOrTable: (el: Element) => boolean }): void {
  const body = doc.body;
  if (!body) return;
  const headings = found ? found.headings.filter((el) => body.contains(el)) : descendants(body, (el) => HEADINGS.has(el.tagName));
  // Marks change no text: each heading's text and links are read once.
  const reads = readOnce();
  const heads = new Set(headings.filter((el) => isTeaserHead(el, body, url, reads)));
  for (const head of heads) {
    const card = cardOf(head, body, heads, found?.holdsQuoteOrTable);
    if (card !== head) card.setAttribute(CARD_MARK, '');
  }
}

/** Removes what is left of the cards marked before Readability (see markTeaserCards). */
export function removeMarkedTeasers(rm: Remover): void {
  for (const card of rm.elements((el) => el.hasAttribute(CARD_MARK))) rm.remove(card, 'teaser');
}

/**
 * Teaser cards and heads anywhere in the body: each card (headline, image,
 * date, category, summary) goes whole. In a flat run (two or more linked
 * headings side by side, a section front's markup), the paragraph right
 * after each heading is its summary and goes with it.
 */
export function removeTeasers(rm: Remover, url: string): void {
  const { root } = rm;
  const heads = new Set(headCandidates(rm).filter((el) => isTeaserHead(el, root, url, rm)));
  // An <a> card and the heading inside it are one head.
  for (const h of heads) for (let p = h.parentElement; p && p !== root; p = p.parentElement) if (heads.has(p)) heads.delete(h);
  const flat = new Map<Element, number>();
  for (const h of heads) if (HEADINGS.has(h.tagName) && h.parentElement) flat.set(h.parentElement, (flat.get(h.parentElement) ?? 0) + 1);
  for (const head of heads) {
    if (!rm.has(head)) continue;
    const card = cardOf(head, root, heads, undefined, rm);
    const next = card.nextElementSibling;
    const summary =
      card === head && (flat.get(head.parentElement!) ?? 0) >= 2 && next && isLeafBlock(next) && !heads.has(next) && isRunningText(rm.text(next)) && rm.text(next).length <= CARD_EXTRA_CHARS
        ? next
        : null;
    if (rm.remove(card, 'teaser') && summary) rm.remove(summary, 'teaser');
  }
}

/** True when most of the link text of `el` goes to social services or nowhere (controls). */
function mostlySharing(el: Element, root: Element, url: string, reads: TreeReads): boolean {
  const t = targets(el, root, url, reads);
  let sharing = 0;
  let all = 0;
  for (const [target, n] of t) {
    all += n;
    if (target === 'social' || target === 'nowhere') sharing += n;
  }
  return all > 0 && sharing * 2 >= all;
}

/**
 * Lists whose items are all links (tags, topics, related stories,
 * breadcrumbs), and clouds: a block of three links or more and little else.
 * A list of sentences with links in them stays.
 */
export function removeLinkLists(rm: Remover, url: string): void {
  const { root } = rm;
  for (const list of rm.elements((el) => el.tagName === 'UL' || el.tagName === 'OL')) {
    if (!rm.has(list)) continue;
    const items = listOf(list.children).filter((li) => li.tagName === 'LI' && rm.text(li));
    if (items.length < 2) continue;
    const linky = items.every((li) => linkedShare(li, root, rm) >= 0.8 && countWords(rm.text(li)) <= 15 && !isRunningText(rm.text(li)));
    if (linky) rm.remove(list, mostlySharing(list, root, url, rm) ? 'share-links' : 'link-list');
  }
  for (const block of rm.elements((el) => BLOCK_TAGS.has(el.tagName) && isLeafBlock(el))) {
    if (!rm.has(block) || rm.within(block, isLink).length < 3) continue;
    const text = rm.text(block);
    if (linkedShare(block, root, rm) >= 0.8 && !isRunningText(text)) rm.remove(block, mostlySharing(block, root, url, rm) ? 'share-links' : 'link-cloud');
  }
}

/**
 * Share and follow bars: a short block (no running text) whose links go to
 * social and messaging services or nowhere (buttons written as links, icon
 * links with no text), in every language and in none.
 */
export function removeShareBars(rm: Remover, url: string): void {
  const { root } = rm;
  const blocks = rm.elements((el) => BLOCK_TAGS.has(el.tagName) && rm.holds(el, (d) => d.localName === 'a'));
  for (const block of blocks) {
    if (!rm.has(block)) continue;
    const text = rm.text(block);
    // Running text is 200 characters at least (text/prose.ts): a long text goes unread.
    if (text.length >= 200 || countWords(text) > 25 || isRunningText(text)) continue;
    // An image that is no link is content (a figure), not a button's icon.
    if (rm.within(block, (el) => el.tagName === 'IMG' || el.tagName === 'PICTURE').some((img) => !closestOf(img, 'a'))) continue;
    if (mostlySharing(block, root, url, rm)) rm.remove(block, 'share-links');
  }
}
