/** Digits: Western 0-9, Arabic-Indic ٠-٩ and the extended (Persian) ۰-۹ that Persian and Urdu pages use. */

/** The reader's numeral choice: as on the page, Western or Arabic-Indic. */
export type NumeralStyle = 'page' | 'western' | 'arabic';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Arabic-Indic and extended digits as Western ones: "١٣ ۲۰۲۱" → "13 2021". */
export function toWesternDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

/** Western and extended digits as Arabic-Indic ones: "13 ۲۰۲۱" → "١٣ ٢٠٢١". */
export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]).replace(/[۰-۹]/g, (d) => ARABIC_INDIC[d.charCodeAt(0) - 0x6f0]);
}

/**
 * Digits rewritten in `style`: Western 0-9 or Arabic-Indic ٠-٩ ('page' leaves
 * them). Extended (Persian) digits ۰-۹ become either. Tokens with Latin
 * letters (URLs, e-mail addresses, "F-16", "G7") are left alone.
 */
export function convertNumerals(text: string, style: NumeralStyle): string {
  if (style === 'page') return text;
  return text.replace(/\S+/g, (token) => {
    if (/[a-z]/i.test(token) || token.includes('@')) return token;
    return style === 'western' ? toWesternDigits(token) : toArabicIndicDigits(token);
  });
}
