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
import { BLOCK_TAGS, isLeafBlock, textOf } from '../../dom/blocks';
import { byTags, closestOf, descendants, hasDescendant, listOf } from '../../dom/walk';
import { hasInnerSentenceEnd, isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import { linkTarget, type LinkTarget } from './links';
import type { Remover } from './remover';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A card is its headline plus at most this many characters (a date, a category, a one-paragraph summary). */
const CARD_EXTRA_CHARS = 400;
const MAX_HEAD_CHARS = 220;
const MAX_HEAD_WORDS = 30;

/** Share of an element's text inside links, counting a link around the element as all of it. */
export function linkedShare(el: Element, root: Element): number {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (p.tagName === 'A') return 1;
  if (el.tagName === 'A') return 1;
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of byTags(el, 'A')) linked += textOf(a).length;
  return linked / total;
}

/** The links of `el`, and the one around it. */
function linksOf(el: Element, root: Element): Element[] {
  const around = closestOf(el, 'a');
  const inside = byTags(el, 'A');
  return around && root.contains(around) ? [around, ...inside] : inside;
}

/** Where the links of `el` go, by how much text (or, for image links, how many) each target has. */
function targets(el: Element, root: Element, url: string): Map<LinkTarget, number> {
  const out = new Map<LinkTarget, number>();
  for (const a of linksOf(el, root)) {
    const t = linkTarget(a, url);
    out.set(t, (out.get(t) ?? 0) + Math.max(1, textOf(a).length));
  }
  return out;
}

/**
 * A teaser's headline: a block that is mostly one link to another page of
 * the same site, short, with no second sentence (a summary is a separate
 * block). "اقرأ أيضا: <a>…</a>" is one; a sentence with a link in it is not.
 */
export function isTeaserHead(el: Element, root: Element, url: string): boolean {
  const text = textOf(el);
  if (text.length < 8 || text.length > MAX_HEAD_CHARS || countWords(text) > MAX_HEAD_WORDS) return false;
  if (hasInnerSentenceEnd(text)) return false;
  const links = linksOf(el, root);
  // Mostly link, or a link after a label of a word or three ("بیشتر بخوانید: <a>…</a>").
  const share = linkedShare(el, root);
  const unlinked = countWords(text) - links.reduce((n, a) => n + countWords(textOf(a)), 0);
  if (share < 0.7 && !(share >= 0.4 && unlinked <= 3)) return false;
  const hrefs = new Set(links.map((a) => a.getAttribute('href')));
  return hrefs.size === 1 && linkTarget(links[0], url) === 'same-site';
}

/**
 * Blocks a teaser head can be: the innermost blocks, links wrapping blocks
 * (a card that is one `<a>`), and links standing among blocks (a card's
 * `<a>` headline beside its summary `<p>`).
 */
function headCandidates(root: Element): Element[] {
  return descendants(root, (el) => {
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

const holdsQuoteOrTableBelow = (el: Element) => el.querySelector('blockquote, table') !== null;

/**
 * The card around a head: the largest ancestor holding no other head and
 * little more than it, nor a quotation or a table (`holdsQuoteOrTable`, the
 * caller's answer when it has found them all at once).
 */
function cardOf(head: Element, root: Element, heads: Set<Element>, holdsQuoteOrTable = holdsQuoteOrTableBelow): Element {
  const limit = textOf(head).length + CARD_EXTRA_CHARS;
  let card = head;
  for (let p = head.parentElement; p && p !== root; p = p.parentElement) {
    if (longerThan(p, limit) || holdsQuoteOrTable(p)) break;
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
  const heads = new Set(headings.filter((el) => isTeaserHead(el, body, url)));
  for (const head of heads) {
    const card = cardOf(head, body, heads, found?.holdsQuoteOrTable);
    if (card !== head) card.setAttribute(CARD_MARK, '');
  }
}

/** Removes what is left of the cards marked before Readability (see markTeaserCards). */
export function removeMarkedTeasers(rm: Remover): void {
  for (const card of descendants(rm.root, (el) => el.hasAttribute(CARD_MARK))) rm.remove(card, 'teaser');
}

/**
 * Teaser cards and heads anywhere in the body: each card (headline, image,
 * date, category, summary) goes whole. In a flat run (two or more linked
 * headings side by side, a section front's markup), the paragraph right
 * after each heading is its summary and goes with it.
 */
export function removeTeasers(rm: Remover, url: string): void {
  const { root } = rm;
  const heads = new Set(headCandidates(root).filter((el) => isTeaserHead(el, root, url)));
  // An <a> card and the heading inside it are one head.
  for (const h of heads) for (let p = h.parentElement; p && p !== root; p = p.parentElement) if (heads.has(p)) heads.delete(h);
  const flat = new Map<Element, number>();
  for (const h of heads) if (HEADINGS.has(h.tagName) && h.parentElement) flat.set(h.parentElement, (flat.get(h.parentElement) ?? 0) + 1);
  for (const head of heads) {
    if (!root.contains(head)) continue;
    const card = cardOf(head, root, heads);
    const next = card.nextElementSibling;
    const summary =
      card === head && (flat.get(head.parentElement!) ?? 0) >= 2 && next && isLeafBlock(next) && !heads.has(next) && isRunningText(textOf(next)) && textOf(next).length <= CARD_EXTRA_CHARS
        ? next
        : null;
    if (rm.remove(card, 'teaser') && summary) rm.remove(summary, 'teaser');
  }
}

/** True when most of the link text of `el` goes to social services or nowhere (controls). */
function mostlySharing(el: Element, root: Element, url: string): boolean {
  const t = targets(el, root, url);
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
  for (const list of byTags(root, 'UL', 'OL')) {
    if (!root.contains(list)) continue;
    const items = listOf(list.children).filter((li) => li.tagName === 'LI' && textOf(li));
    if (items.length < 2) continue;
    const linky = items.every((li) => linkedShare(li, root) >= 0.8 && countWords(textOf(li)) <= 15 && !isRunningText(textOf(li)));
    if (linky) rm.remove(list, mostlySharing(list, root, url) ? 'share-links' : 'link-list');
  }
  for (const block of descendants(root, (el) => BLOCK_TAGS.has(el.tagName) && isLeafBlock(el))) {
    if (!root.contains(block) || byTags(block, 'A').length < 3) continue;
    const text = textOf(block);
    if (linkedShare(block, root) >= 0.8 && !isRunningText(text)) rm.remove(block, mostlySharing(block, root, url) ? 'share-links' : 'link-cloud');
  }
}

/**
 * Share and follow bars: a short block (no running text) whose links go to
 * social and messaging services or nowhere (buttons written as links, icon
 * links with no text), in every language and in none.
 */
export function removeShareBars(rm: Remover, url: string): void {
  const { root } = rm;
  const blocks = descendants(root, (el) => BLOCK_TAGS.has(el.tagName) && hasDescendant(el, 'a'));
  for (const block of blocks) {
    if (!root.contains(block)) continue;
    const text = textOf(block);
    if (countWords(text) > 25 || isRunningText(text)) continue;
    // An image that is no link is content (a figure), not a button's icon.
    if (byTags(block, 'IMG', 'PICTURE').some((img) => !closestOf(img, 'a'))) continue;
    if (mostlySharing(block, root, url)) rm.remove(block, 'share-links');
  }
}
