import { elementsByTags } from '../dom/walk';
import { normalizeArabic } from '../text/arabic';

/** Separators between a headline and the site name: "خبر - الجزيرة نت", "اليوم السابع | خبر". */
const SEPARATOR = /\s+[-|–—:·•«»/\\]{1,2}\s+/;
const SEPARATOR_AT_END = new RegExp(`${SEPARATOR.source}$`);
const SEPARATOR_AT_START = new RegExp(`^${SEPARATOR.source}`);

/**
 * The headline without the site name that pages add before or after it.
 * A part goes when it matches the site name, or when it is a short tail
 * (three words at most) after a headline of four words or more.
 */
export function trimSiteName(title: string, siteName: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const parts = clean.split(SEPARATOR);
  if (parts.length < 2) return clean;
  const site = normalizeArabic(siteName);
  const isSite = (part: string) => {
    const p = normalizeArabic(part);
    return !!p && !!site && (p === site || site.includes(p) || p.includes(site));
  };
  const words = (s: string) => s.split(' ').filter(Boolean).length;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (isSite(last)) return clean.slice(0, clean.lastIndexOf(last)).replace(SEPARATOR_AT_END, '').trim();
  if (isSite(first)) return clean.slice(first.length).replace(SEPARATOR_AT_START, '').trim();
  const head = clean.slice(0, clean.lastIndexOf(last)).replace(SEPARATOR_AT_END, '').trim();
  if (words(last) <= 3 && words(head) >= 4 && /[|\-–—]/.test(clean.slice(head.length, clean.length - last.length))) return head;
  return clean;
}

/** The page's declared language: `<html lang>`, Content-Language, or og:locale. */
export function declaredLanguage(doc: Document): string {
  const html = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (html?.trim()) return html.trim();
  // The document's <meta> elements by its tag index, not two selector searches of the whole page.
  const metas = elementsByTags(doc, 'META');
  const meta = metas.find((m) => /^content-language$/i.test(m.getAttribute('http-equiv') ?? ''))?.getAttribute('content');
  if (meta?.trim()) return meta.split(',')[0].trim();
  const og = metas.find((m) => m.getAttribute('property') === 'og:locale')?.getAttribute('content');
  return og?.trim().replace('_', '-') ?? '';
}

/** A time string in ISO 8601 when it parses as one, else ''. */
export function isoTime(value: string | null | undefined): string {
  const v = (value ?? '').trim();
  if (!v || Number.isNaN(Date.parse(v))) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(v) ? v : new Date(v).toISOString();
}

const RTL_LETTER = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * The headline in the article's own script: a right-to-left article whose
 * page title is in Latin letters only (UrduPoint's "Ravi Ki Kahani - Special
 * Urdu Article" over "راوی کی کہانی") gets the first of `candidates` (the
 * JSON-LD headline, the page's `<h1>`) written in its script.
 */
export function titleInArticleScript(title: string, rtl: boolean, candidates: string[] | (() => string[])): string {
  if (!rtl || RTL_LETTER.test(title)) return title;
  // Given as a function, the candidates are read only here, on the few pages that need them.
  return (typeof candidates === 'function' ? candidates() : candidates).find((c) => RTL_LETTER.test(c) && c.length <= 300) ?? title;
}
