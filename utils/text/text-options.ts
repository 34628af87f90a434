import { stripDiacritics } from './arabic';
import { convertNumerals, type NumeralStyle } from './numerals';

export interface TextOptions {
  diacritics: 'show' | 'hide';
  numerals: NumeralStyle;
}

/** Code-like elements whose digits are never rewritten. */
const CODE = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'VAR']);

function insideCode(node: Node, root: Node): boolean {
  for (let p = node.parentNode; p && p !== root; p = p.parentNode) if (CODE.has((p as Element).tagName)) return true;
  return false;
}

/**
 * Applies the reader's Arabic text options to every text node under `root`.
 * Callers run it on a fresh copy of the article, so turning an option off
 * is a re-render from the original, never an attempt to undo.
 */
export function applyTextOptions(root: Node, { diacritics, numerals }: TextOptions): void {
  if (diacritics === 'show' && numerals === 'page') return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    let text = node.data;
    if (diacritics === 'hide') text = stripDiacritics(text);
    if (numerals !== 'page' && /[0-9٠-٩۰-۹]/.test(text) && !insideCode(node, root)) text = convertNumerals(text, numerals);
    if (text !== node.data) node.data = text;
  }
}
