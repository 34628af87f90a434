import { normalizeArabic } from '../text/arabic';

/** Separators between a headline and the site name: "خبر - الجزيرة نت", "اليوم السابع | خبر". */
const SEPARATOR = /\s+[-|–—:·•«»/\\]{1,2}\s+/;

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
  if (isSite(last)) return clean.slice(0, clean.lastIndexOf(last)).replace(new RegExp(`${SEPARATOR.source}$`), '').trim();
  if (isSite(first)) return clean.slice(first.length).replace(new RegExp(`^${SEPARATOR.source}`), '').trim();
  const head = clean.slice(0, clean.lastIndexOf(last)).replace(new RegExp(`${SEPARATOR.source}$`), '').trim();
  if (words(last) <= 3 && words(head) >= 4 && /[|\-–—]/.test(clean.slice(head.length, clean.length - last.length))) return head;
  return clean;
}

/** The page's declared language: `<html lang>`, Content-Language, or og:locale. */
export function declaredLanguage(doc: Document): string {
  const html = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (html?.trim()) return html.trim();
  const meta = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  if (meta?.trim()) return meta.split(',')[0].trim();
  const og = doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
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
export function titleInArticleScript(title: string, rtl: boolean, candidates: string[]): string {
  if (!rtl || RTL_LETTER.test(title)) return title;
  return candidates.find((c) => RTL_LETTER.test(c) && c.length <= 300) ?? title;
}
