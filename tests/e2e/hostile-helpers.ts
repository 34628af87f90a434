import type { BrowserContext, ConsoleMessage, Dialog, Locator, Page, Request } from '@playwright/test';
import type { FixtureServer } from '../../scripts/fixture-server';

/**
 * Helpers for the hostile fixture (tests/fixtures/hostile/): what may never
 * reach a view, and how to tell a vector that ran because the page ran it
 * (page load: fine, it is a hostile page) from one that ran because a Qari
 * view rendered it.
 *
 * No runtime import: `auditDom` is shared with the unit test
 * (tests/unit/hostile.test.ts), which runs under Vitest without Playwright.
 */

export const HOSTILE_PATH = '/hostile/article.html';

// ---------------------------------------------------------------------------
// The audit: one definition of "nothing dangerous survived", used on jsdom
// documents, on sanitised fragments and, through page.evaluate, on the
// rendered popup and full-page views. Self-contained (no closure over module
// state) so Playwright can serialise it into the page.
// ---------------------------------------------------------------------------

/**
 * Everything in `root` (an element, fragment, shadow root or document) that a
 * reader view must never hold, one line per problem, each naming the vector
 * number(s) its markup carries (`V<n>`). An empty list means clean.
 *
 * Rules:
 * - no element among script, style, iframe, frame(set), object, embed, form and
 *   its controls, base, meta, link, svg, math, template, noscript, media,
 *   map/area, and the other legacy active or raw-text elements; no element
 *   outside the HTML namespace;
 * - no `on*` attribute, no `style` attribute, no attribute that loads or acts
 *   (srcdoc, action, formaction, xlink:href, ping, background, poster, data…),
 *   no `id`/`name` (DOM clobbering: V95 carries `id="qari-reader-root"`);
 * - no attribute value that, with whitespace and control characters removed
 *   (the URL parser drops them, so `java\tscript:` is `javascript:`), starts
 *   with javascript:, vbscript:, livescript: or data:text (every srcset
 *   candidate checked on its own);
 * - no attribute other than the inert text attributes `title` and `alt`
 *   mentions `/sentinel`: the fixture points no legitimate link or image
 *   there, so such a value is a vector that survived (e.g. V55's relative
 *   link resolved under the hostile `<base href="/sentinel/55/">`, or V94's
 *   dangling-markup image). `title`/`alt` are shown as text and never parsed
 *   (V92 keeps its markup there, inertly);
 * - `a[href]` is http(s) or mailto, opens in a new tab with
 *   `rel="noopener noreferrer"` (no reverse tabnabbing, V36); `img[src]` is
 *   http(s) or a raster `data:image/…;base64`.
 */
export function auditDom(root: ParentNode): string[] {
  const FORBIDDEN = new Set([
    'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input', 'button',
    'textarea', 'select', 'option', 'optgroup', 'datalist', 'keygen', 'output', 'base', 'meta', 'link', 'svg', 'math',
    'template', 'noscript', 'noembed', 'noframes', 'video', 'audio', 'source', 'track', 'canvas', 'map', 'area', 'portal',
    'isindex', 'marquee', 'xmp', 'plaintext', 'title', 'head', 'body', 'html', 'slot',
  ]);
  const ACTIVE_ATTRS = new Set([
    'style', 'srcdoc', 'action', 'formaction', 'xlink:href', 'ping', 'background', 'poster', 'data', 'codebase', 'classid',
    'dynsrc', 'lowsrc', 'manifest', 'icon', 'usemap', 'autofocus', 'contenteditable', 'http-equiv', 'content', 'form',
    'is', 'shadowrootmode', 'id', 'name', 'xmlns', 'xml:base',
  ]);
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const SCRIPTY = /^(?:javascript|vbscript|livescript|data:text)/i;
  // eslint-disable-next-line no-control-regex
  const squeeze = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, '');
  const vectors = (s: string) => {
    const n = [...s.matchAll(/sentinel\/([\w-]+)/g)].map((m) => 'V' + m[1]);
    return n.length ? [...new Set(n)].join(',') : 'V?';
  };
  const show = (el: Element) => el.outerHTML.replace(/\s+/g, ' ').slice(0, 160);
  const problems: string[] = [];
  const elements = Array.from(root.querySelectorAll('*'));
  if ((root as Node).nodeType === 1) elements.unshift(root as Element);
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if (el.namespaceURI !== HTML_NS) problems.push(`${vectors(el.outerHTML)}: element in namespace ${el.namespaceURI}: ${show(el)}`);
    if (FORBIDDEN.has(tag)) problems.push(`${vectors(el.outerHTML)}: forbidden element <${tag}>: ${show(el)}`);
    if (el.shadowRoot) problems.push(`${vectors(el.outerHTML)}: element with a shadow root: ${show(el)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      const where = `${vectors(value + ' ' + el.outerHTML)}: <${tag} ${attr.name}="${value.slice(0, 100)}">`;
      if (name.startsWith('on')) problems.push(`${where}: event-handler attribute`);
      else if (ACTIVE_ATTRS.has(name)) problems.push(`${where}: forbidden attribute`);
      const candidates = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      if (candidates.some((c) => SCRIPTY.test(squeeze(c)))) problems.push(`${where}: script or data:text URL`);
      if (name !== 'title' && name !== 'alt' && /\/sentinel/i.test(value)) problems.push(`${where}: points at /sentinel`);
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      const href = el.getAttribute('href') ?? '';
      if (!/^(?:https?|mailto):/i.test(href)) problems.push(`${vectors(href)}: <a href="${href.slice(0, 100)}">: not http(s)/mailto`);
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (el.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer'))
        problems.push(`V36: <a href="${href.slice(0, 100)}" target="${el.getAttribute('target')}" rel="${el.getAttribute('rel')}">: not a new tab with noopener noreferrer`);
    } else if (tag === 'a' && (el.hasAttribute('target') || el.hasAttribute('rel'))) {
      problems.push(`V36: <a> without href keeps target/rel: ${show(el)}`);
    }
    if (tag === 'img' && el.hasAttribute('src')) {
      const src = el.getAttribute('src') ?? '';
      if (!/^https?:/i.test(src) && !/^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,/i.test(src))
        problems.push(`${vectors(src)}: <img src="${src.slice(0, 100)}">: not http(s) or raster data:image`);
    }
  }
  return problems;
}

/** True when a string set as `textContent` of a fresh element yields text only, the same text. */
export function isPlainText(doc: Document, value: string): boolean {
  const el = doc.createElement('div');
  el.textContent = value;
  return el.children.length === 0 && el.childNodes.length <= 1 && el.textContent === value;
}

// ---------------------------------------------------------------------------
// Browser side: opening the page, watching for execution.
// ---------------------------------------------------------------------------

/** One sentinel hit: the path on the fixture server, or the URL of a request any page of the context made. */
export interface Hit {
  /** Vector number (or "title", "byline", …) read from /sentinel/<n>[/<where>]. */
  vector: string;
  /** "page" or "view" for vectors that run script (who ran it), "" for plain loads. */
  where: string;
  url: string;
  /** URL of the document that made the request, when the browser said. */
  from?: string;
}

export function hitOf(url: string, from?: string): Hit | null {
  const m = /\/sentinel\/([\w-]+)(?:\/(page|view)\b)?/.exec(url);
  return m ? { vector: m[1], where: m[2] ?? '', url, from } : null;
}

/** Sentinel hits among the fixture server's recorded paths from index `since` on. */
export function serverHits(server: FixtureServer, since = 0): Hit[] {
  return server.requests.slice(since).flatMap((path) => hitOf(path) ?? []);
}

/** "V12 (view) /sentinel/12/view" lines, for failure messages. */
export function describeHits(hits: Hit[]): string {
  return hits.map((h) => `V${h.vector}${h.where ? ` (${h.where})` : ''} ${h.url.slice(0, 160)}${h.from ? ` from ${h.from}` : ''}`).join('\n') || '(none)';
}

/**
 * What every page of `context` shows of execution from the moment this is
 * called: sentinel requests seen by the browser (any origin, so a script
 * running in the popup, whose relative URLs resolve against the extension,
 * is caught too), dialogs, page errors, and console messages that mean a
 * vector was blocked by a CSP (proof that it reached the DOM) or mention
 * /sentinel.
 */
export interface Watch {
  requests: Hit[];
  dialogs: string[];
  errors: string[];
  /** Starts counting from now (previous entries are kept in `before*`). */
  reset(): void;
  before: { requests: Hit[]; dialogs: string[]; errors: string[] };
}

export function watchContext(context: BrowserContext): Watch {
  const watch: Watch = {
    requests: [],
    dialogs: [],
    errors: [],
    before: { requests: [], dialogs: [], errors: [] },
    reset() {
      watch.before.requests.push(...watch.requests.splice(0));
      watch.before.dialogs.push(...watch.dialogs.splice(0));
      watch.before.errors.push(...watch.errors.splice(0));
    },
  };
  const onRequest = (request: Request) => {
    let from: string | undefined;
    try {
      from = request.frame().url();
    } catch {
      from = undefined; // service worker requests have no frame
    }
    const hit = hitOf(request.url(), from);
    if (hit) watch.requests.push(hit);
  };
  const onPage = (page: Page) => {
    page.on('dialog', (dialog: Dialog) => {
      watch.dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => watch.errors.push(`pageerror on ${page.url()}: ${error.message}`));
    page.on('console', (message: ConsoleMessage) => {
      const text = message.text();
      // Chromium's own note, seconds after load, about the page's V58 preload: the page's doing.
      if (/was preloaded using link preload but not used/.test(text)) return;
      if (/Content Security Policy|Refused to (?:execute|load|frame|apply|connect|evaluate)|sentinel|javascript:/i.test(text))
        watch.errors.push(`console.${message.type()} on ${page.url()}: ${text.slice(0, 300)}`);
    });
  };
  context.on('request', onRequest);
  context.on('page', onPage);
  context.pages().forEach(onPage);
  return watch;
}

let opened = 0;

/**
 * The hostile page in a new tab (its own address, so `tabIdOf` finds one tab),
 * loaded and settled: every vector that fires on page load has fired, and the
 * page then stays quiet. Returns the server's request count at that point:
 * the baseline that separates the page's own firing from a view's.
 */
export async function openHostile(context: BrowserContext, server: FixtureServer): Promise<{ page: Page; baseline: number; pageLoad: Hit[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  const first = server.requests.length;
  await page.goto(`${server.origin}${HOSTILE_PATH}?tab=${++opened}`, { waitUntil: 'load' });
  // The page's own firing must be over before the baseline, or a busy
  // machine's late page-load request would count against a view: wait for
  // quiet as long as it takes (60 s at most, a hang), not a fixed time.
  const baseline = await settle(server, 1000, 60_000);
  return { page, baseline, pageLoad: serverHits(server, first).filter((h) => h.url.startsWith('/sentinel')) };
}

/** Waits until the server has seen no new request for `quietMs` (at most `maxMs`), and returns the count. */
export async function settle(server: FixtureServer, quietMs = 1000, maxMs = 10_000): Promise<number> {
  const start = Date.now();
  let count = server.requests.length;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    if (server.requests.length !== count) {
      count = server.requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      break;
    }
  }
  return server.requests.length;
}

/**
 * Brings every image and block of a rendered article into view, one after
 * the other, as a reader scrolling to the end would: the views mark images
 * `loading="lazy"`, so a vector that is an image loads only once it is near
 * the viewport, never within a fixed wait at the top of the article.
 */
export async function scrollThrough(article: Locator): Promise<void> {
  const count = await article.evaluate((el) => el.querySelectorAll('img, p, table, figure, details, li').length);
  for (let i = 0; i < count; i++) {
    await article.evaluate((el, n) => el.querySelectorAll('img, p, table, figure, details, li')[n]?.scrollIntoView({ block: 'center' }), i);
    await new Promise((r) => setTimeout(r, 30));
  }
  await article.evaluate((el) => el.lastElementChild?.scrollIntoView({ block: 'end' }));
}
