/** The article's direction and language (each block's: dom/bidi.ts). */
import { descendants, firstDescendant } from '../dom/walk';
import { countScripts, directionOfScripts, guessLanguage, isRtlLanguage, resolveDirection } from '../text/direction';
import type { TextDirection } from '../article';

/**
 * The `dir` of an element inside the content that wraps nearly all of its
 * text (`<article dir="rtl">` under a `<main>`): Readability reads `dir` only
 * on the ancestors of what it picked.
 */
function wrapperDir(root: Element): string {
  const total = (root.textContent ?? '').length;
  for (const el of descendants(root, (e) => e.hasAttribute('dir'))) {
    const dir = el.getAttribute('dir')?.toLowerCase();
    if ((dir === 'rtl' || dir === 'ltr') && (el.textContent ?? '').length >= 0.9 * total) return dir;
  }
  return '';
}

/**
 * Direction and language of the cleaned body `root` (block text `text`):
 * `page.dir` as Readability found it, else a wrapper's; the body's own `lang`,
 * else `page.lang`; else the letters. A page that says "en" over Arabic text
 * gets the language its letters show.
 */
export function articleDirection(root: Element, text: string, page: { dir?: string | null; lang: string }): { dir: TextDirection; lang: string } {
  const counts = countScripts(text);
  // `root.querySelector('[lang]')`, by a walk: jsdom's selector engine costs more than the walk.
  const articleLang = firstDescendant(root, (el) => el.hasAttribute('lang'))?.getAttribute('lang') ?? '';
  const declared = articleLang || page.lang;
  const dir = resolveDirection({ dirAttribute: page.dir || wrapperDir(root), languages: [articleLang, page.lang], counts });
  const lang =
    declared && (isRtlLanguage(declared) || directionOfScripts(counts) === 'ltr')
      ? declared
      : guessLanguage(counts) || declared;
  return { dir, lang };
}
