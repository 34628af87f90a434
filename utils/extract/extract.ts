/**
 * The one extraction path: the content script, the command line and the
 * tests all call extractArticle. DOM in, Article (plain data) out.
 */
import { Readability } from '@mozilla/readability';
import type { Article, ExtractResult } from '../article';
import { blockText, fixParagraphNesting, textOf, textStart } from '../dom/blocks';
import { firstDescendant } from '../dom/walk';
import { normalizeArabic } from '../text/arabic';
import { countScripts, directionOfScripts } from '../text/direction';
import { readingMinutes } from '../text/reading-time';
import { countWords } from '../text/words';
import { cleanArticle } from './cleanup/cleanup';
import { articleDirection } from './article-direction';
import { setDirections } from '../dom/bidi';
import { declaredLanguage, isoTime, titleInArticleScript, trimSiteName } from './metadata';
import { notAnArticle, unreadableDocument } from './not-an-article';
import { copyForReadability, taken } from './copy';
import { FORM_FIELDS, markFormBoxes } from './cleanup/form-boxes';
import { markTeaserCards } from './cleanup/teasers';
import { hiddenClasses } from './hidden-classes';
import { repairLazyImages } from './lazy-images';
import { ledeOutside } from './lede';
import { dropDanglingUrls, plainText, sanitizeInPlace } from './sanitize';
import { readStructuredData } from './structured-data';
import { readSurroundings } from './surroundings';
import { markEditBlocks } from '../sites/edit-blocks';
import { pickedElement } from '../sites/apply';
import { ruleId, rulesFor, type SiteRule } from '../sites/rules';

export interface ExtractOptions {
  /** Address of the document; defaults to `doc.URL`. Never taken from the page's own claims. */
  url?: string;
  /** Window whose DOM implementation sanitises; defaults to the document's. */
  window?: Window;
  /** Told as each stage ends (the bench's breakdown, in the test build); nothing by default. */
  onStage?: (stage: 'readability' | 'cleanup' | 'sanitize') => void;
  /** The user's fixes (utils/sites/); only those of `url`'s site apply. None by default. */
  siteRules?: readonly SiteRule[];
  /**
   * Given the sanitised body that the article's `content` serialises (in the
   * copy's inert document), for a view in the same JavaScript world
   * (`keepSanitized`); a caller that sends the article elsewhere passes none.
   */
  onBody?: (body: Element, content: string) => void;
}

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Readability on `doc` (which it rewrites); null when it finds nothing or fails. */
function parse(doc: Document): Parsed {
  try {
    return new Readability<Element>(doc, { keepClasses: true, serializer: (el) => el as Element }).parse();
  } catch {
    return null;
  }
}

/** Share of the picked element's text Readability must keep, or the element itself is the container. */
const PICK_KEPT = 0.6;

/**
 * The article the user picked: Readability on `doc` with `picked` alone in
 * its body (the head stays, for the metadata); when Readability finds
 * nothing there or drops much of it, the picked element is the container.
 */
function parsePicked(doc: Document, picked: Element): Parsed {
  const chars = textOf(picked).length;
  doc.body.replaceChildren(picked);
  const copy = picked.cloneNode(true) as Element;
  const parsed = parse(doc);
  if (parsed?.content && textOf(parsed.content).length >= chars * PICK_KEPT) return parsed;
  const container = doc.createElement('div');
  container.append(copy);
  const meta = parsed ?? { title: doc.title, byline: '', dir: '', lang: '', excerpt: '', siteName: '', publishedTime: '', length: chars, textContent: '' };
  return { ...meta, content: container } as Parsed;
}

/**
 * The article of `doc`, cleaned, sanitised and described, or the reason
 * there is none. Pure: reads `doc`, never changes it, touches no extension API.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const url = options.url ?? doc.URL;
  const unreadable = unreadableDocument(doc);
  if (unreadable) return { ok: false, reason: unreadable };
  const rules = rulesFor(url, options.siteRules ?? []);
  // A picked part that yields no article (the site changed) is skipped: the page is read as usual.
  if (rules.some((r) => r.kind === 'pick')) {
    const picked = extractOnce(doc, url, options, rules, true);
    if (picked.ok) return picked;
  }
  return extractOnce(doc, url, options, rules, false);
}

function extractOnce(doc: Document, url: string, options: ExtractOptions, rules: SiteRule[], usePick: boolean): ExtractResult {

  // Readability rewrites the tree it parses: work on a copy (one without the
  // empty wrapper chains of a page nested thousands of levels deep).
  const copy = copyForReadability(doc);
  if (!copy) return { ok: false, reason: 'no-article' };
  const clone = copy.doc;
  dropDanglingUrls(clone, taken(copy, 'IMG', 'SOURCE', 'A'));
  repairLazyImages(clone, taken(copy, 'IMG', 'SOURCE'));
  const body = clone.body;
  markFormBoxes(clone, taken(copy, ...FORM_FIELDS).filter((el) => !body || body.contains(el)));
  markTeaserCards(clone, url, { headings: taken(copy, 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'), holdsQuoteOrTable: (el) => copy.holdsQuoteOrTable.has(el) });
  const pick = usePick ? pickedElement(clone, rules) : null;
  if (usePick && !pick) return { ok: false, reason: 'no-article' };
  const parsed = pick ? parsePicked(clone, pick.el) : parse(clone);
  const root = parsed?.content;
  if (!parsed || !root) return { ok: false, reason: 'no-article' };
  options.onStage?.('readability');

  // The copy's scripts: the page's own, copied (Readability took them out of the copy, whole).
  const data = readStructuredData(doc, taken(copy, 'SCRIPT'));
  const siteName = plainText(parsed.siteName);
  const rtlScript = directionOfScripts(countScripts(root.textContent ?? '')) === 'rtl';
  const pageTitle = trimSiteName(plainText(parsed.title) || plainText(data?.headline) || plainText(doc.title), siteName);
  const title = titleInArticleScript(pageTitle, rtlScript, () => [plainText(data?.headline), plainText(doc.querySelector('h1')?.textContent)]);
  const declared = isoTime(parsed.publishedTime) || isoTime(data?.datePublished);
  // Where the page declares no date, the body's own `time[datetime]`, read
  // before the clean-up takes dates out: by a walk (no selector engine pass).
  const timeInBody = declared ? '' : firstDescendant(root, (el) => el.localName === 'time' && el.hasAttribute('datetime'))?.getAttribute('datetime');
  // A byline that only names the site says nothing the header does not (BBC's "BBC News فارسی").
  const named = plainText(parsed.byline) || plainText(data?.author);
  const byline = normalizeArabic(named) === normalizeArabic(siteName) ? '' : named;
  const descriptions = [plainText(parsed.excerpt), data?.description ?? ''].filter(Boolean);
  const cleanup = cleanArticle(root, { title, byline, url, articleBody: data?.articleBody, descriptions, structural: rtlScript, hiddenClasses: hiddenClasses(doc), siteRules: rules });
  const blocks = markEditBlocks(root);
  const lede = rtlScript ? ledeOutside(doc, root, descriptions) : '';
  if (lede) root.prepend(Object.assign(root.ownerDocument.createElement('p'), { textContent: lede }));
  const published = declared || isoTime(timeInBody) || cleanup.dateline;
  // Date and source lines are an Arabic news convention: look around the body
  // of Arabic-script articles only.
  const arabicScript = /[\u0600-\u06ff]/.test(textStart(root, 2000));
  const around = arabicScript ? readSurroundings(doc, root, { published: !published, source: !cleanup.source }) : { published: '', source: '' };
  fixParagraphNesting(root);
  options.onStage?.('cleanup');
  sanitizeInPlace(root, url, options.window ?? doc.defaultView ?? undefined);
  options.onStage?.('sanitize');

  const text = blockText(root);
  const refused = notAnArticle(root, text, cleanup.removed.filter((r) => r.rule === 'teaser').length);
  if (refused) return { ok: false, reason: refused };

  const { dir, lang } = articleDirection(root, text, { dir: parsed.dir, lang: plainText(parsed.lang) || declaredLanguage(doc) });
  setDirections(root, dir);

  const content = root.innerHTML;
  options.onBody?.(root, content);
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
    content,
    text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text, lang),
    removed: cleanup.removed,
    blocks,
    siteRules: pick ? [ruleId(pick.rule), ...cleanup.siteRules] : cleanup.siteRules,
  };
  return { ok: true, article };
}
