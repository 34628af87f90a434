/**
 * Text escaped twice by a CMS ("&amp;quot;" in the HTML, so "&quot;" on the
 * screen: WordPress captions, Drupal summaries, JSON-LD headlines). The
 * common named and numeric references in visible text are decoded once; a
 * reader never shows HTML's escaping. The result is text, never markup.
 */
const NAMED: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };
const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;

/** True when `text` shows an HTML character reference as text. */
export function showsEntities(text: string): boolean {
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) if (m[1] || m[2] || NAMED[m[3].toLowerCase()]) return true;
  return false;
}

/** `text` with the character references it shows decoded once ("&quot;x&quot;" → "\"x\""). */
export function decodeShownEntities(text: string): string {
  return text.replace(REFERENCE, (ref, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ref;
    return NAMED[name!.toLowerCase()] ?? ref;
  });
}
