/**
 * Digits: Western 0-9, Arabic-Indic ٠-٩, and Extended Arabic-Indic ۰-۹ (the
 * digits of Persian and Urdu; other code points than ٠-٩, and ۴ ۵ ۶ are
 * drawn differently).
 */

/** The reader's numeral choice: as on the page, Western, Arabic-Indic or Persian/Urdu. */
export type NumeralStyle = 'page' | 'western' | 'arabic' | 'persian';
export type Digits = Exclude<NumeralStyle, 'page'>;

const DIGITS: Record<Digits, string> = { western: '0123456789', arabic: '٠١٢٣٤٥٦٧٨٩', persian: '۰۱۲۳۴۵۶۷۸۹' };

/**
 * The decimal and thousands separators that go with each style's digits:
 * ٫ (U+066B) and ٬ (U+066C) with either Arabic-Indic kind, as Intl writes
 * them for ar-u-nu-arab and fa.
 */
const SEPARATORS: Record<Digits, { decimal: string; group: string }> = {
  western: { decimal: '.', group: ',' },
  arabic: { decimal: '٫', group: '٬' },
  persian: { decimal: '٫', group: '٬' },
};

/** Arabic-Indic and extended digits as Western ones: "١٣ ۲۰۲۱" → "13 2021". */
export function toWesternDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

/** Western and extended digits as Arabic-Indic ones: "13 ۲۰۲۱" → "١٣ ٢٠٢١". */
export function toArabicIndicDigits(text: string): string {
  return toDigits(text, 'arabic');
}

/** Every digit of `text`, of any kind, in `style`'s digits; nothing else changes. */
export function toDigits(text: string, style: Digits): string {
  const digits = DIGITS[style];
  return toWesternDigits(text).replace(/[0-9]/g, (d) => digits[Number(d)]);
}

/** A number as written: digits of any kind, with separators between them. */
const NUMBER = /[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*/g;

/**
 * One number in `style`: its digits, and its separators when it is plainly a
 * decimal (72.5) or a grouped number (12,400,000); a date or a version
 * (16.06.2021, 1.2.3) keeps the separators it has.
 */
function convertNumber(number: string, style: Digits): string {
  const plain = toWesternDigits(number).replace(/٫/g, '.').replace(/٬/g, ',');
  const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(plain);
  const decimal = /^\d+\.\d+$/.test(plain);
  if (!grouped && !decimal) return toDigits(number, style);
  const { decimal: point, group } = SEPARATORS[style];
  return toDigits(plain, style).replace(/[.,]/g, (c) => (c === '.' ? point : group));
}

/**
 * Digits rewritten in `style` ('page' leaves them), with the decimal and
 * thousands separators that go with them (72.5 → ٧٢٫٥, 12,400,000 →
 * ۱۲٬۴۰۰٬۰۰۰, and back). Tokens with Latin letters (URLs, e-mail addresses,
 * "F-16", "G7") are left alone.
 */
export function convertNumerals(text: string, style: NumeralStyle): string {
  if (style === 'page') return text;
  return text.replace(/\S+/g, (token) => {
    if (/[a-z]/i.test(token) || token.includes('@')) return token;
    return token.replace(NUMBER, (number) => convertNumber(number, style));
  });
}
