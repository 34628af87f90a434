import { Readability } from '@mozilla/readability';
import { countWords } from '../text/words';
import type { Article, ExtractResult } from '../article';
import { cleanArticle } from './cleanup/cleanup';
import { countScripts, directionOfScripts, guessLanguage, isRtlLanguage, resolveDirection } from '../text/direction';
import { BLOCK_TAGS, blockText, fixParagraphNesting, linkDensity, textOf } from '../dom/blocks';
import { descendants } from '../dom/walk';
import { deeperThan, flattenedCopy } from '../dom/deep';
import { declaredLanguage, isoTime, readingMinutes, trimSiteName } from './metadata';
import { isDanglingMarkup, plainText, sanitizeInPlace } from './sanitize';
import { readSurroundings } from './surroundings';

export interface ExtractOptions {
  /** Address of the document; defaults to `doc.URL`. Never taken from the page's own claims. */
  url?: string;
  /** Window whose DOM implementation sanitises; defaults to the document's. */
  window?: Window;
}

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
function isTeaserList(root: Element, textLength: number): boolean {
  const headings = descendants(root, (el) => HEADINGS.has(el.tagName));
  const linked = headings.filter((h) => h.querySelector('a') && linkDensity(h) >= 0.8);
  const linkedText = linked.reduce((sum, h) => sum + textOf(h).length, 0);
  return linked.length >= 3 && linked.length * 2 >= headings.length && linkedText >= 0.15 * textLength;
}

/**
 * The `dir` of an element inside the content that wraps nearly all of its
 * text (`<article dir="rtl">` under a `<main>`): Readability reads `dir` only
 * on the ancestors of what it picked.
 */
function wrapperDir(root: Element): string {
  const total = (root.textContent ?? '').length;
  for (const el of descendants(root, (e) => e.hasAttribute('dir'))) {
    const dir = el.getAttribute('dir')?.toLowerCase();
    if ((dir === 'rtl' || dir === 'ltr') && (el.textContent ?? '').length >= 0.9 * total) return dir;
  }
  return '';
}

/**
 * Removes URL attributes holding a dangling-markup capture from links and
 * images, before Readability rewrites them into a clean absolute form that
 * would no longer look like one (see `isDanglingMarkup`).
 */
function dropDanglingUrls(doc: Document): void {
  for (const el of descendants(doc, (e) => URL_ATTRIBUTES.has(e.tagName))) {
    for (const name of URL_ATTRIBUTES.get(el.tagName)!) {
      const value = el.getAttribute(name);
      if (value !== null && isDanglingMarkup(value)) el.removeAttribute(name);
    }
  }
}

/** Attributes that Readability turns into addresses (lazy-image ones included). */
const IMAGE_URLS = ['src', 'srcset', 'data-src', 'data-srcset', 'data-lazy-src', 'data-lazy-srcset', 'data-original'];
const URL_ATTRIBUTES = new Map<string, string[]>([
  ['IMG', IMAGE_URLS],
  ['SOURCE', IMAGE_URLS],
  ['A', ['href']],
]);

/**
 * The article of `doc`, cleaned, sanitised and described, or the reason
 * there is none. Pure: reads `doc`, never changes it, touches no extension API.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? doc.URL;
  const contentType = doc.contentType ?? 'text/html';
  if (!/html/i.test(contentType) || !doc.documentElement) return { ok: false, reason: 'not-html' };
  // A frameset document's body *is* its frameset.
  if (doc.body?.tagName === 'FRAMESET') {
    return { ok: false, reason: 'frameset' };
  }

  // Readability rewrites the tree it parses: work on a copy (one without the
  // empty wrapper chains of a page nested thousands of levels deep).
  let clone: Document;
  try {
    clone = deeperThan(doc) ? flattenedCopy(doc) : (doc.cloneNode(true) as Document);
  } catch {
    return { ok: false, reason: 'no-article' };
  }
  dropDanglingUrls(clone);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { keepClasses: true, serializer: (el) => el as Element }).parse();
  } catch {
    return { ok: false, reason: 'no-article' };
  }
  const root = parsed?.content;
  if (!parsed || !root) return { ok: false, reason: 'no-article' };

  const siteName = plainText(parsed.siteName);
  const title = trimSiteName(plainText(parsed.title) || plainText(doc.title), siteName);
  const timeInBody = root.querySelector('time[datetime]')?.getAttribute('datetime');
  const byline = plainText(parsed.byline);
  const cleanup = cleanArticle(root, { title, byline });
  const published = isoTime(parsed.publishedTime) || isoTime(timeInBody) || cleanup.dateline;
  // Date and source lines are an Arabic news convention: look around the body
  // of Arabic-script articles only.
  const arabicScript = /[\u0600-\u06ff]/.test(root.textContent?.slice(0, 2000) ?? '');
  const around = arabicScript ? readSurroundings(doc, root, { published: !published, source: !cleanup.source }) : { published: '', source: '' };
  fixParagraphNesting(root);
  sanitizeInPlace(root, url, options.window ?? doc.defaultView ?? undefined);

  const text = blockText(root);
  if (text.length < MIN_ARTICLE_CHARS) return { ok: false, reason: 'too-short' };
  if (linkDensity(root) > MAX_LINK_DENSITY || isTeaserList(root, text.length)) return { ok: false, reason: 'no-article' };

  const counts = countScripts(text);
  const articleLang = root.querySelector('[lang]')?.getAttribute('lang') ?? '';
  const pageLang = plainText(parsed.lang) || declaredLanguage(doc);
  const declared = articleLang || pageLang;
  const dir = resolveDirection({ dirAttribute: parsed.dir || wrapperDir(root), languages: [articleLang, pageLang], counts });
  // A page that says "en" over Arabic text gets the language its letters show.
  const lang =
    declared && (isRtlLanguage(declared) || directionOfScripts(counts) === 'ltr')
      ? declared
      : guessLanguage(counts) || declared;

  // Innermost blocks first: a browser works out an auto direction from the
  // text a block holds outside its own dir'd children, so setting the parents
  // last makes each one look once (top down, it is looked again after every
  // child: minutes on a page of 20,000 paragraphs).
  const blocks = descendants(root, (e) => BLOCK_TAGS.has(e.tagName));
  for (let i = blocks.length - 1; i >= 0; i--) blocks[i].setAttribute('dir', 'auto');

  const article: Article = {
    title,
    byline,
    siteName,
    source: (cleanup.source || around.source).replace(/[.\s]+$/, ''),
    publishedTime: published || around.published,
    excerpt: plainText(parsed.excerpt),
    lang,
    dir,
    url,
    content: root.innerHTML,
    text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text, lang),
  };
  return { ok: true, article };
}
