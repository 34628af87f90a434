/**
 * Lazy images as news themes write them (WP Rocket's `data-lazy-src`,
 * lazysizes' `data-src`/`data-srcset`, tagDiv's and Jannah's placeholders,
 * jQuery lazyload's `data-original`): the real address is moved into `src`
 * and `srcset` before Readability reads the page, in place of a 1×1 GIF, an
 * empty SVG or a "blank" image, so the reader shows the picture and never a
 * placeholder. (`<noscript>` fallbacks are Readability's own to unwrap.)
 */
import { elementsByTags } from '../dom/walk';

const LAZY_SRC = ['data-lazy-src', 'data-src', 'data-original', 'data-lazy', 'data-orig-src', 'data-full-src', 'data-hi-res-src', 'data-echo', 'data-img-src', 'data-url'];
const LAZY_SRCSET = ['data-lazy-srcset', 'data-srcset', 'data-original-srcset'];
/** A data: URI longer than this is a real (inline) picture, not a placeholder. */
const PLACEHOLDER_DATA_CHARS = 1500;
const PLACEHOLDER_FILE = /(?:^|[/_-])(?:blank|spacer|pixel|placeholder|lazy|lazyload|transparent|loading|loader|grey|gray|1x1|empty)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;
const IMAGE_ADDRESS = /^(?:https?:)?\/\/|^\/|^\.{0,2}\/?[\w%.-]+\//i;

/** True when `src` stands in for an image still to load (or is missing). */
export function isPlaceholder(src: string | null): boolean {
  if (!src?.trim()) return true;
  if (/^data:/i.test(src)) return src.length < PLACEHOLDER_DATA_CHARS || /^data:image\/svg/i.test(src);
  return PLACEHOLDER_FILE.test(src);
}

function firstAddress(el: Element, names: string[], srcset: boolean): string {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value && !/^data:/i.test(value) && (srcset || IMAGE_ADDRESS.test(value) || /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(value))) return value;
  }
  return '';
}

/** Puts the real addresses of lazy images and picture sources (`images`, when the caller has them) in place, in `doc` (a copy). */
export function repairLazyImages(doc: Document, images = elementsByTags(doc, 'IMG', 'SOURCE')): void {
  for (const el of images) {
    const src = el.tagName === 'IMG' ? firstAddress(el, LAZY_SRC, false) : '';
    if (src && isPlaceholder(el.getAttribute('src'))) el.setAttribute('src', src);
    const srcset = firstAddress(el, LAZY_SRCSET, true);
    if (srcset && isPlaceholder(el.getAttribute('srcset'))) el.setAttribute('srcset', srcset);
    // A placeholder left with no real address: nothing to show.
    if (el.tagName === 'IMG' && isPlaceholder(el.getAttribute('src')) && !el.getAttribute('srcset') && el.hasAttribute('src') && !src) {
      const fallback = el.nextElementSibling?.tagName === 'NOSCRIPT' || el.parentElement?.querySelector('noscript');
      if (!fallback) el.removeAttribute('src');
    }
  }
}
