/**
 * What the body repeats from the header, and image lines that are not
 * captions. Themes print the headline again as the body's first paragraph or
 * heading (tagDiv's `<p><strong>`, Masrawy, Express Urdu), the standfirst
 * twice (a summary field and the first paragraph: Drupal, JNews), and the
 * headline again as the lead image's caption or alt text (Jannah, Hespress,
 * BBC). Image credits and stock-photo labels ("صورة تعبيرية", "فوٹو: فائل",
 * "(צילום: …)", BBC's "Image source, Getty Images") are not captions either.
 */
import { BLOCK_TAGS, isLeafBlock, MEDIA_TAGS } from '../../dom/blocks';
import { DIACRITIC_MARKS, normalizeArabic } from '../../text/arabic';
import { isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import type { Remover } from './remover';

/** How many blocks at the top of the body may repeat the headline or each other. */
const TOP_BLOCKS = 5;

/** True when two normalised texts are the same standfirst: equal, or one the other cut short ("…"). */
const sameText = (a: string, b: string) => a === b || a.startsWith(b) || b.startsWith(a);

/**
 * Removes blocks at the top of the body that repeat the headline, and the
 * second copy of the page's description (`descriptions`, its meta, Open
 * Graph and JSON-LD standfirst) when the top of the body prints it twice.
 */
export function removeRepeats(rm: Remover, title: string, descriptions: string[] = []): void {
  const normTitle = normalizeArabic(title);
  const normDescs = descriptions.map(normalizeArabic).filter((d) => d.split(' ').length >= 8);
  const blocks: Element[] = [];
  for (const el of rm.elements()) {
    if (blocks.length === TOP_BLOCKS) break;
    if (BLOCK_TAGS.has(el.tagName) && isLeafBlock(el) && rm.text(el) !== '') blocks.push(el);
  }
  let standfirst = false;
  for (const el of blocks) {
    const norm = normalizeArabic(el.textContent ?? '');
    if (!norm) continue;
    if (normTitle && norm === normTitle) {
      rm.remove(el, 'headline-repeat');
      continue;
    }
    if (norm.split(' ').length < 8 || !normDescs.some((d) => sameText(d, norm))) continue;
    if (standfirst) rm.remove(el, 'repeated-standfirst');
    standfirst = true;
  }
}

/** Words that open an image credit, folded: "photo:", "تصوير:", "فوٹو:", "عکس:", "צילום:", BBC's "Image source, ". */
const CREDIT_LEADS = [
  'photo', 'photos', 'photograph', 'credit', 'credits', 'image source', 'picture', 'صوره', 'الصوره', 'تصوير', 'عدسه',
  'مصدر الصوره', 'صدر الصوره', 'حقوق الصوره', 'فوتو', 'فوٹو', 'تصویر', 'عکس', 'منبع تصویر', 'منبع عکس', 'عکاس',
  'تصویر کا ذریعہ', 'צילום', 'קרדיט', 'צלם',
].map(normalizeArabic);
/** Captions that only say the photo is a stock or archive one. */
const STOCK_LABELS = [
  'صوره تعبيريه', 'صوره ارشيفيه', 'ارشيفيه', 'تعبيريه', 'صوره من الارشيف', 'عکس تزئینی', 'عکس آرشیوی', 'تصویر آرشیوی',
  'فائل فوٹو', 'فائل تصویر', 'תמונת ארכיון', 'אילוסטרציה', 'תמונת אילוסטרציה', 'file photo', 'illustrative image', 'stock image', 'archive',
].map(normalizeArabic);
const CREDIT_WORDS = 8;

/** Running text is this long at least (text/prose.ts): no credit is. */
const RUNNING_CHARS = 200;

/** True when `raw` reads as an image credit: a credit word, then ":" or "،" and a name, or a class saying so. */
function isCredit(el: Element, rm: Remover): boolean {
  const raw = rm.text(el).replace(/^[\s،,(]+/, '');
  // Long texts first: they are running text, never a credit.
  if (!raw || raw.length >= RUNNING_CHARS) return false;
  // Then what names a credit (a class, or a credit word before ":"), the cheap tests: most elements fail them and their words go uncounted.
  const byClass = /(?:^|[\s_-])(?:credits?|copyright|photographer)(?:$|[\s_-])|imagecredit|photocredit/i.test(el.getAttribute('class') ?? '');
  const m = byClass ? null : /^([^:،,]+)[:،,](.*)$/.exec(raw);
  if (!byClass && !(m && CREDIT_LEADS.includes(normalizeArabic(m[1])))) return false;
  if (countWords(raw) > CREDIT_WORDS || isRunningText(raw)) return false;
  // A credit names a source after its label; a longer text after "صورة:" describes the picture.
  return byClass || countWords(m![2]) <= 4;
}

/**
 * More characters than the longest stock label that normalizeArabic keeps as
 * at least one character each (all but diacritics, tatweel, punctuation,
 * symbols and white space): such a text can never normalise to a label. The
 * test stops there, where normalising a paragraph would read all of it.
 */
const LONGER_THAN_ANY_LABEL = (() => {
  const dropped = `${DIACRITIC_MARKS.source.slice(1, -1)}\\u0640\\p{P}\\p{S}\\s`;
  const longest = Math.max(...STOCK_LABELS.map((l) => l.length));
  return new RegExp(`^[${dropped}]*(?:[^${dropped}][${dropped}]*){${longest + 1}}`, 'u');
})();

/** True when `el` only labels a stock or archive photo, with an optional source in brackets. */
function isStockLabel(el: Element, rm: Remover): boolean {
  const text = rm.text(el).replace(/\([^)]*\)/g, '');
  return !LONGER_THAN_ANY_LABEL.test(text) && STOCK_LABELS.includes(normalizeArabic(text));
}

/** A block under an element that makes it a box, not a credit line: any but a paragraph. */
const isBoxPart = (el: Element) => BLOCK_TAGS.has(el.tagName) && el.tagName !== 'P';
/** What `holdsMedia` looks for under an element (local names). */
const isMediaTag = (el: Element) => MEDIA_TAGS.includes(el.localName);

const isLeafBlockOrSpan = (el: Element) => (BLOCK_TAGS.has(el.tagName) || el.tagName === 'SPAN') && isLeafBlock(el);

/**
 * A caption's screen-reader label ("توضیح تصویر، ", "،تصویر کا کیپشن",
 * "Image caption, "): its first element, a word or three set off by a comma
 * (before or after, as right-to-left text is stored), before the caption
 * itself. The caption stays; its label goes, whatever the language.
 */
function removeCaptionLabel(rm: Remover, cap: Element): void {
  const label = cap.firstElementChild;
  if (!label || cap.firstChild !== label && rm.text(cap.firstChild!) !== '') return;
  const text = rm.text(label);
  if (/^[،,]|[،,]$/.test(text) && countWords(text) <= 3 && rm.text(cap).length > text.length + 3) rm.remove(label, 'caption-label');
}

/** Caption-like elements: figure captions, and short lines a class names a caption. */
function captions(rm: Remover): Element[] {
  return rm.elements((el) => el.tagName === 'FIGCAPTION' || (/caption|\bcap\b/i.test(el.getAttribute('class') ?? '') && !rm.holds(el, (d) => d.localName === 'figcaption')));
}

/**
 * Removes image credits (before screen-reader labels go: BBC's hidden
 * "Image source, " prefix is what tells a credit from a caption), captions
 * that only repeat the headline or label a stock photo, and alt text that
 * only repeats the headline.
 */
export function removeImageLines(rm: Remover, title: string): void {
  const normTitle = normalizeArabic(title);
  for (const el of rm.elements((e) => e.tagName !== 'FIGURE' && e.tagName !== 'IMG')) {
    // The credit alone: never the image beside it, nor a box of blocks (told first: a box's text goes unread).
    if (rm.has(el) && !rm.holds(el, isBoxPart) && !rm.holds(el, isMediaTag) && isCredit(el, rm)) rm.remove(el, 'image-credit');
  }
  for (const cap of captions(rm)) {
    const norm = normalizeArabic(cap.textContent ?? '');
    if (norm && norm === normTitle) rm.remove(cap, 'headline-caption');
    else removeCaptionLabel(rm, cap);
  }
  // A stock-photo label says nothing of the article wherever it stands.
  for (const el of rm.elements(isLeafBlockOrSpan)) if (rm.has(el) && isStockLabel(el, rm)) rm.remove(el, 'stock-photo-caption');
  for (const img of rm.elements((el) => el.tagName === 'IMG')) {
    if (normTitle && normalizeArabic(img.getAttribute('alt') ?? '') === normTitle) img.setAttribute('alt', '');
  }
}
