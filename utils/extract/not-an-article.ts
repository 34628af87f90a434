/**
 * The not-an-article test: what makes a page, or what Readability found on
 * it, no article to show. It weighs the cleaned body's running text and
 * links; a real article is never refused for its length alone above the
 * minimum (Readability's own isProbablyReaderable is not used).
 */
import type { NoArticleReason } from '../article';
import { linkDensity, textOf } from '../dom/blocks';
import { descendants } from '../dom/walk';

/** Fewer characters than this after clean-up is not an article (a stub, a login box). */
const MIN_ARTICLE_CHARS = 200;
/** More of the text in links than this is a list of links (a section front, a sitemap). */
const MAX_LINK_DENSITY = 0.45;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * A list of teasers (search results, a category page): three or more
 * headings that are links, most of the headings, and a good share of the
 * text (an article's related box is a small part of it).
 */
export function isTeaserList(root: Element, textLength: number): boolean {
  const headings = descendants(root, (el) => HEADINGS.has(el.tagName));
  const linked = headings.filter((h) => h.querySelector('a') && linkDensity(h) >= 0.8);
  const linkedText = linked.reduce((sum, h) => sum + textOf(h).length, 0);
  return linked.length >= 3 && linked.length * 2 >= headings.length && linkedText >= 0.15 * textLength;
}

/** Why `doc` cannot hold an article at all (not HTML, a frameset), or null. */
export function unreadableDocument(doc: Document): NoArticleReason | null {
  const contentType = doc.contentType ?? 'text/html';
  if (!/html/i.test(contentType) || !doc.documentElement) return 'not-html';
  // A frameset document's body *is* its frameset.
  if (doc.body?.tagName === 'FRAMESET') return 'frameset';
  return null;
}

/** Why the cleaned body `root` (whose block text is `text`) is no article, or null when it is one. */
export function notAnArticle(root: Element, text: string): NoArticleReason | null {
  if (text.length < MIN_ARTICLE_CHARS) return 'too-short';
  if (linkDensity(root) > MAX_LINK_DENSITY || isTeaserList(root, text.length)) return 'no-article';
  return null;
}
