/**
 * The not-an-article test: what makes a page, or what Readability found on
 * it, no article to show. It weighs the running text left after clean-up
 * (paragraphs of sentences; teasers, link lists and share bars are gone by
 * then), never the share of links in the container: an article whose every
 * name is a link is still an article, and a few hundred characters of
 * sentences are a news flash. Readability's isProbablyReaderable is not used.
 */
import type { NoArticleReason } from '../article';
import { BLOCK_TAGS, FRESH, isLeafBlock, linkDensity, readOnce, type TreeReads } from '../dom/blocks';
import { descendants, hasDescendant } from '../dom/walk';
import { isRunningText } from '../text/prose';

/** Fewer characters than this after clean-up is not an article (a stub, a login box). */
const MIN_ARTICLE_CHARS = 150;
/** Fewer characters of running text than this is not an article (a gallery, a menu). */
const MIN_RUNNING_CHARS = 140;
/** Below this much running text, an article has two paragraphs: a video page's one-line caption is no news flash. */
const SHORT_RUNNING_CHARS = 300;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Characters and blocks of running text in `root` (links inside sentences count: they are words of them). */
export function runningText(root: Element, reads: TreeReads = FRESH): { chars: number; blocks: number } {
  let chars = 0;
  let blocks = 0;
  for (const el of descendants(root, (e) => BLOCK_TAGS.has(e.tagName) && isLeafBlock(e))) {
    const text = reads.text(el);
    if (!isRunningText(text) || linkDensity(el, undefined, reads) >= 0.8) continue;
    chars += text.length;
    blocks++;
  }
  return { chars, blocks };
}

/**
 * A list of teasers that clean-up could not take apart (linked headings to
 * other sites): three or more headings that are links, most of the
 * headings, with no more than three times their text in running text of its own.
 */
export function isTeaserList(root: Element, textLength: number, running: number, reads: TreeReads = FRESH): boolean {
  const headings = descendants(root, (el) => HEADINGS.has(el.tagName));
  const linked = headings.filter((h) => hasDescendant(h, 'a') && linkDensity(h, undefined, reads) >= 0.8);
  const linkedText = linked.reduce((sum, h) => sum + reads.text(h).length, 0);
  return linked.length >= 3 && linked.length * 2 >= headings.length && linkedText >= 0.15 * textLength && running <= 3 * linkedText;
}

/** Why `doc` cannot hold an article at all (not HTML, a frameset), or null. */
export function unreadableDocument(doc: Document): NoArticleReason | null {
  const contentType = doc.contentType ?? 'text/html';
  if (!/html/i.test(contentType) || !doc.documentElement) return 'not-html';
  // A frameset document's body *is* its frameset.
  if (doc.body?.tagName === 'FRAMESET') return 'frameset';
  return null;
}

/** A page that lost this many teasers to clean-up was a list of them (a search, a section front). */
const TEASER_PAGE = 3;

/**
 * Why the cleaned body `root` (whose block text is `text`) is no article, or
 * null when it is one. `teasersRemoved`: how many teasers clean-up took out.
 */
export function notAnArticle(root: Element, text: string, teasersRemoved = 0): NoArticleReason | null {
  // Texts read once between the two tests: the tree does not change here.
  const reads = readOnce();
  const running = runningText(root, reads);
  if (teasersRemoved >= TEASER_PAGE && running.chars < MIN_RUNNING_CHARS) return 'no-article';
  if (text.length < MIN_ARTICLE_CHARS) return 'too-short';
  if (running.chars < MIN_RUNNING_CHARS || isTeaserList(root, text.length, running.chars, reads)) return 'no-article';
  if (running.chars < SHORT_RUNNING_CHARS && running.blocks < 2) return 'too-short';
  return null;
}
