/**
 * Metadata at the edges of the body: before the first paragraph of running
 * text and after the last one, news themes print date and time lines
 * (Gregorian, Hijri, Persian, Hebrew), "updated" stamps, view and comment
 * counters, reading-time widgets, category labels and kickers, breadcrumbs,
 * bylines and "found a mistake? write to us" prompts. They are short and hold
 * no sentence; what tells them apart is their shape (a date, a number with a
 * word or two, separators between short parts, a "label: value" pair), not
 * their words. A block holding a sentence, a caption, a quotation or media
 * is never touched.
 */
import { BLOCK_TAGS, isLeafBlock, isMedia, type TreeReads } from '../../dom/blocks';
import { closestOf, firstDescendant } from '../../dom/walk';
import { normalizeArabic } from '../../text/arabic';
import { holdsDate } from '../../text/datelike';
import { endsLikeSentence, isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import { linkTarget } from './links';
import type { Remover } from './remover';
import { linkedShare } from './teasers';

/** Words of reading-time widgets, folded: "دقيقتان للقراءة", "۳ دقیقه مطالعه", "4 דק' קריאה", "3 min read", "پڑھنے کا وقت". */
const READING_TIME = new Set(
  ['دقيقة', 'دقائق', 'دقيقتان', 'دقيقتين', 'للقراءة', 'القراءة', 'قراءة', 'دقیقه', 'مطالعه', 'خواندن', 'منٹ', 'پڑھنے', 'דק', 'דקות', 'קריאה', 'min', 'mins', 'minute', 'minutes', 'read'].map(normalizeArabic),
);
/** Separators between the parts of a metadata bar or a breadcrumb trail. */
const SEPARATORS = /[|•·›‹»«>\/\\]\s|\s[|•·›‹»«>\/\\]/;
/** "label: value" or "label، value" with a label of one or two words. */
const LABEL_VALUE = /^[^\s:،,]+(?:\s[^\s:،,]+)?\s?[:،,]\s*\S/;
/** A date line with a byline, a place, times and counters beside the date: "نشر في: … آخر تحديث: … 3 دقائق قراءة". */
const MAX_EDGE_WORDS = 20;
const MAX_CONTACT_WORDS = 45;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** True when `el` is an image's caption or credit line: kept here, judged by the caption rules. */
export function nearMedia(el: Element): boolean {
  return !!closestOf(el, 'figure', 'figcaption', 'picture') || /caption|\bcap\b|legend|credit/i.test(el.getAttribute('class') ?? '');
}

/** An avatar or an icon beside a byline or a date is this small. */
const ICON_PX = 120;

/** True when `el` holds media other than small icons and avatars (which bylines and date bars carry). */
function holdsPicture(el: Element, reads: TreeReads): boolean {
  return reads.within(el, isMedia).some((m) => {
    const w = Number(m.getAttribute('width'));
    const h = Number(m.getAttribute('height'));
    return !(m.tagName === 'IMG' && w > 0 && h > 0 && w <= ICON_PX && h <= ICON_PX) && m.tagName !== 'SVG' && m.tagName !== 'svg';
  });
}

/** True when `el` comes right after an image: a short line there may be its caption (Youm7's "وزارة العمل"). */
function afterImage(el: Element, reads: TreeReads): boolean {
  const prev = el.previousElementSibling;
  return !!prev && (isMedia(prev) || (reads.holds(prev, (d) => d.localName === 'img') && !reads.text(prev)));
}

/**
 * Why the edge block `el` is metadata, or '' when it may be text of the
 * article. `top`: before the body's text; `first`: before any running text
 * at all (where a kicker stands above the standfirst).
 */
function metadataKind(el: Element, root: Element, url: string, top: boolean, first: boolean, reads: TreeReads): string {
  const text = reads.text(el);
  const words = countWords(text);
  if (!text || words > 20 || isRunningText(text)) return '';
  if (words <= MAX_EDGE_WORDS && holdsDate(text)) return 'date-line';
  const norm = normalizeArabic(text);
  if (norm.split(' ').some((w) => READING_TIME.has(w)) && words <= 6) return 'reading-time';
  if (/\d/.test(norm) && words <= 4) return 'counter';
  if (SEPARATORS.test(text) && words <= 20) return 'meta-bar';
  const heading = /^H[1-6]$/.test(el.tagName);
  // Above the text only: below it, "الخلاصة: ما بعد الأزمة" is a subheading.
  if (top && !heading && LABEL_VALUE.test(text) && words <= 6) return 'label-value';
  if (afterImage(el, reads)) return '';
  const link = firstDescendant(el, (d) => d.localName === 'a');
  if (first && words <= 3 && !endsLikeSentence(text) && !heading) return 'kicker';
  if (!top && words <= 3 && linkedShare(el, root, reads) >= 0.8) return 'label';
  // "هل وجدت خطأ؟ راسلنا", "מצאתם טעות? כתבו לנו": a question and a link to answer it, or a control.
  if (!top && words <= 12 && link && (/[?؟]/.test(text) || /^mailto:/i.test(link.getAttribute('href') ?? '') || ['nowhere', 'social'].includes(linkTarget(link, url)))) return 'prompt';
  return '';
}

/**
 * Removes metadata blocks at the edges of the body's text. The text starts
 * where two blocks of running text first follow each other (a standfirst
 * above a date bar is not yet the body) and ends where two last do; with a
 * single paragraph, at that paragraph.
 */
export function removeEdgeMetadata(rm: Remover, url: string): void {
  const { root } = rm;
  const blocks = rm.elements((el) => BLOCK_TAGS.has(el.tagName) && isLeafBlock(el) && rm.text(el) !== '');
  const prose = blocks.map((el) => isRunningText(rm.text(el)));
  const firstProse = prose.indexOf(true);
  if (firstProse < 0) return;
  const runStart = prose.findIndex((p, i) => p && prose[i + 1]);
  const runEnd = prose.findLastIndex((p, i) => p && prose[i - 1]);
  const start = runStart < 0 ? firstProse : runStart;
  const end = runEnd < 0 ? prose.lastIndexOf(true) : runEnd;
  blocks.forEach((el, i) => {
    if ((i >= start && i <= end) || nearMedia(el) || closestOf(el, 'blockquote') || holdsPicture(el, rm)) return;
    const kind = metadataKind(el, root, url, i < start, i < firstProse, rm);
    if (kind) rm.remove(el, `edge-${kind}`);
  });
  const last = blocks.filter((el) => rm.has(el)).pop();
  const text = last ? rm.text(last) : '';
  if (!last || nearMedia(last)) return;
  // A lead-in ending the body, with nothing left to lead into ("تابع المدار نت على:", "Tags:").
  if (/[:：]\s*$/.test(text) && countWords(text) <= 12 && !isRunningText(text)) rm.remove(last, 'edge-lead-in');
  // An article does not end on an e-mail address: "write for us at blog@…", "send corrections to …".
  else if (countWords(text) <= MAX_CONTACT_WORDS && (EMAIL.test(text) || firstDescendant(last, (d) => d.localName === 'a' && /^mailto:/i.test(d.getAttribute('href') ?? '')))) rm.remove(last, 'edge-contact');
}
