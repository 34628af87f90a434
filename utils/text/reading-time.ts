/** Reading time, counted in characters as Firefox's reader counts it. */
import { primarySubtag } from './language';

/**
 * Characters a minute by language, Firefox Reader View's table (from the
 * IReST study, Trauzettel-Klosinski & Dietz 2012), with its current codes:
 * Japanese is `ja` and Slovenian `sl` (the table once said `jw`, Javanese,
 * and `sk`, Slovak). Persian and Urdu read in Arabic script and take the
 * Arabic figure; other languages English's.
 */
const CHARS_PER_MINUTE: Record<string, number> = {
  en: 987, ar: 612, de: 920, es: 1025, fi: 1078, fr: 998, he: 833, it: 950, ja: 357,
  nl: 978, pl: 916, pt: 913, ru: 986, sl: 885, sv: 917, tr: 1054, zh: 255,
  fa: 612, ur: 612, ps: 612, sd: 612, ckb: 612, ug: 612,
};

/** Reading speed for a language tag, in characters a minute. */
export function charsPerMinute(lang: string): number {
  return CHARS_PER_MINUTE[primarySubtag(lang)] ?? CHARS_PER_MINUTE.en;
}

/** Whole minutes to read `text` (at least 1), counting characters like Firefox does. */
export function readingMinutes(text: string, lang: string): number {
  const chars = text.replace(/\s+/g, ' ').trim().length;
  return Math.max(1, Math.ceil(chars / charsPerMinute(lang)));
}
