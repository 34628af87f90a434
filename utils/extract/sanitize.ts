import { elementsByTags } from '../dom/walk';
import { decodeShownEntities } from '../text/entities';
import { keptCopy } from './kept-body';
import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHook } from 'dompurify';

/**
 * The one sanitiser policy for everything Qari shows from a page. It runs in
 * the extraction core and again right before any HTML is put into a view.
 *
 * Kept: text structure, links, images, figures, captions, tables, quotes.
 * Gone: scripts, styles and style attributes, event handlers, classes and ids,
 * frames, objects, embeds, media, forms and their controls, meta, link, base,
 * SVG and MathML. Links are http(s) or mailto only, absolute, and open in a
 * new tab with `rel="noopener noreferrer"`; images are http(s) or raster
 * `data:image` only, absolute, `srcset` included.
 */
const ALLOWED_TAGS = [
  // 'body' is the root DOMPurify parses a string into: refused, it would hoist
  // (deep-copy) the whole article out of it, a cost that grows faster than
  // the article. The parser never leaves a <body> inside the content.
  'body',
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption',
  'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp',
  'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'dir', 'lang', 'width', 'height', 'colspan',
  'rowspan', 'scope', 'headers', 'datetime', 'start', 'reversed', 'open', 'abbr',
  // The number of an edit block (utils/sites/edit-blocks.ts); digits only, see urlHook.
  'data-qari-block',
];

/** Allowed URL schemes, and attribute values that are no URL at all ("auto", "100"). */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'button', 'form', 'title', 'head', 'video', 'audio', 'canvas', 'xmp', 'plaintext', 'frameset'],
  SAFE_FOR_XML: true,
  WHOLE_DOCUMENT: false,
};

type Purifier = DOMPurify;
type Mode = 'in-place' | 'fragment';
/** Each mode's config: in place (the extraction's own copy) or into a fresh fragment (what a view shows). */
const MODE_CONFIG: Record<Mode, Config> = {
  'in-place': { ...SANITIZE_CONFIG, IN_PLACE: true },
  fragment: { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true },
};
/** One configured purifier per window and mode, made when first asked for: the config is parsed once, not on every call. */
const purifiers = new WeakMap<object, Partial<Record<Mode, Purifier>>>();
/**
 * DOMPurify's module makes its own instance on import, for the global
 * window, and never uses it: the first purifier asked for that window is
 * that instance (one instance fewer to build on a first use, 1-2 ms in a tab).
 */
let moduleOwn: Purifier | null = createDOMPurify;

/** What one sanitise call needs to know beyond the policy. */
interface UrlPolicy {
  /** The page address that relative links and images resolve against. */
  base: string;
  /** False for a view that must not load images: no image keeps a source. */
  images: boolean;
}

/**
 * A URL written the way a dangling-markup injection writes one: an unclosed
 * quote that swallowed the page up to the next quote, so it holds a line
 * break and a `<`. Chromium refuses to load such URLs; once rewritten into a
 * clean absolute form they would load, carrying the page's text away.
 */
export function isDanglingMarkup(value: string): boolean {
  return value.includes('<') && /[\t\n\r]/.test(value);
}

/** Attributes that Readability turns into addresses (lazy-image ones included). */
const IMAGE_URLS = ['src', 'srcset', 'data-src', 'data-srcset', 'data-lazy-src', 'data-lazy-srcset', 'data-original'];
const URL_ATTRIBUTES = new Map<string, string[]>([
  ['IMG', IMAGE_URLS],
  ['SOURCE', IMAGE_URLS],
  ['A', ['href']],
]);

/**
 * Removes URL attributes holding a dangling-markup capture from links and
 * images, before Readability rewrites them into a clean absolute form that
 * would no longer look like one (see `isDanglingMarkup`). `elements` are
 * the document's links, images and sources, when the caller has them.
 */
export function dropDanglingUrls(doc: Document, elements = elementsByTags(doc, ...URL_ATTRIBUTES.keys())): void {
  for (const el of elements) {
    for (const name of URL_ATTRIBUTES.get(el.tagName)!) {
      const value = el.getAttribute(name);
      if (value !== null && isDanglingMarkup(value)) el.removeAttribute(name);
    }
  }
}

/** Resolves `value` against the page address; null unless it is http(s) or (for links) mailto. */
export function safeUrl(value: string, base: string, kind: 'link' | 'image'): string | null {
  if (isDanglingMarkup(value)) return null;
  const raw = value.trim();
  if (kind === 'image' && /^data:/i.test(raw)) return RASTER_DATA_IMAGE.test(raw) ? raw : null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  const ok = url.protocol === 'https:' || url.protocol === 'http:' || (kind === 'link' && url.protocol === 'mailto:');
  // An image address never needs markup in it: one holding an (escaped) `<` is
  // a laundered dangling-markup capture, and loading it would send page text out.
  if (kind === 'image' && /<|%3c/i.test(url.href)) return null;
  return ok ? url.href : null;
}

/** Rewrites every candidate of a `srcset` to an absolute http(s) URL, dropping the rest. */
export function safeSrcset(value: string, base: string): string {
  const out: string[] = [];
  for (const candidate of value.split(/,\s+|,(?=\S+\s+\d)/)) {
    const [url, ...descriptor] = candidate.trim().split(/\s+/);
    if (!url || /^data:/i.test(url)) continue;
    const abs = safeUrl(url, base, 'image');
    if (abs) out.push([abs, ...descriptor].join(' '));
  }
  return out.join(', ');
}

function purifierFor(win: Window, mode: Mode): Purifier {
  let made = purifiers.get(win);
  if (!made) purifiers.set(win, (made = {}));
  return (made[mode] ??= configured(win, MODE_CONFIG[mode]));
}

/** The attribute hook of one call: links and images made absolute against `base`, or dropped. */
function urlHook({ base, images }: UrlPolicy): UponSanitizeAttributeHook {
  return (node, data) => {
    // The tag only for the attributes that need it: reading a node's name costs a case conversion in jsdom, and most attributes are classes on their way out.
    const tag = () => node.nodeName.toLowerCase();
    const name = data.attrName;
    if (name === 'data-qari-block') {
      if (!/^\d{1,5}$/.test(data.attrValue)) data.keepAttr = false;
    } else if (name === 'href') {
      const url = tag() === 'a' ? safeUrl(data.attrValue, base, 'link') : null;
      if (url) data.attrValue = url;
      else data.keepAttr = false;
    } else if (name === 'src') {
      const url = tag() === 'img' && images ? safeUrl(data.attrValue, base, 'image') : null;
      if (url) data.attrValue = url;
      else data.keepAttr = false;
    } else if (name === 'srcset') {
      const set = tag() === 'img' && images ? safeSrcset(data.attrValue, base) : '';
      if (set) data.attrValue = set;
      else data.keepAttr = false;
    }
  };
}

/** Runs `sanitize` with this call's URL policy in force, and only for this call. */
function withPolicy<T>(purifier: Purifier, policy: UrlPolicy, sanitize: () => T): T {
  const hook = urlHook(policy);
  purifier.addHook('uponSanitizeAttribute', hook);
  try {
    return sanitize();
  } finally {
    purifier.removeHook('uponSanitizeAttribute', hook);
    // DOMPurify keeps what it removed (nodes, or the elements attributes came from)
    // until its next call, and nothing reads it: the sanitised tree stayed reachable
    // after the view closed (5 MB page: 0.9 MB of JS heap and the DOM behind it).
    purifier.removed = [];
  }
}

function configured(win: Window, config: Config): Purifier {
  let purifier: Purifier;
  if (moduleOwn && win === (globalThis as { window?: Window }).window) {
    purifier = moduleOwn;
    moduleOwn = null;
  } else purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purifier.setConfig(config);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    // Only links and images are touched: their local name tells them first, without the node name's case conversion.
    const local = el.localName?.toLowerCase();
    if (local !== 'a' && local !== 'img') return;
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else if (tag === 'img') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
  });
  return purifier;
}

/** The window whose DOM implementation a node belongs to, for the sanitiser. */
function windowOf(doc: Document): Window {
  const win = doc.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) throw new Error('No window to sanitise with');
  return win;
}

/**
 * Sanitises `root` and its subtree in place. `base` is the page address that
 * relative links and images resolve against. `win` is the window whose DOM
 * implementation to use when `root` lives in a document without one (a clone).
 */
export function sanitizeInPlace(root: Element, base: string, win?: Window): void {
  const purifier = purifierFor(win ?? windowOf(root.ownerDocument), 'in-place');
  withPolicy(purifier, { base, images: true }, () => purifier.sanitize(root));
}

/**
 * Sanitises an HTML string into an inert fragment, ready to append into `doc`:
 * the last step before article HTML enters any view (no parse after it).
 * With `images: false` no image keeps a source, so the view requests nothing.
 * The body kept by `keepSanitized` (kept-body.ts) comes back as a copy, not parsed again.
 */
export function sanitizeToFragment(html: string, base: string, doc: Document, { images = true } = {}): DocumentFragment {
  const kept = keptCopy(html, base, images);
  if (kept) return kept;
  const purifier = purifierFor(windowOf(doc), 'fragment');
  // The fragment stays in DOMPurify's inert document until the caller
  // appends it, so nothing in it loads before the view's options apply.
  return withPolicy(purifier, { base, images }, () => purifier.sanitize(html) as unknown as DocumentFragment);
}

/**
 * Plain text of an untrusted string: any markup it carries is read as text,
 * never parsed; character references a CMS escaped twice ("&quot;") are
 * decoded once, as text.
 */
export function plainText(value: unknown): string {
  return typeof value === 'string' ? decodeShownEntities(value).replace(/\s+/g, ' ').trim() : '';
}
