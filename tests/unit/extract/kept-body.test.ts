import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract';
import { forgetSanitized, keepSanitized, keptCopy } from '../../../utils/extract/kept-body';
import { sanitizeToFragment } from '../../../utils/extract/sanitize';
import { FIXTURES } from '../paths';

const URL = 'https://www.isna.ir/news/1/';

/** The seed page extracted in a tab-like window, its body kept as the reader keeps it. */
function extractKept() {
  const { window } = new JSDOM(readFileSync(join(FIXTURES, 'pages', 'isna-wordpress.html'), 'utf8'), { url: URL });
  let body: Element | null = null;
  const result = extractArticle(window.document, { url: URL, onBody: (b, content) => ((body = b), keepSanitized(b, content, URL)) });
  if (!result.ok || !body) throw new Error('no article');
  return { window, article: result.article, body: body as Element };
}

afterEach(() => forgetSanitized());

describe('keepSanitized', () => {
  it('gives a view a copy of the kept nodes themselves, not a parse of the HTML', () => {
    const { window, article, body } = extractKept();
    // A mark only the kept tree has: a parse of the HTML could not bring it.
    body.querySelector('p')!.setAttribute('data-kept', '');
    const fragment = sanitizeToFragment(article.content, article.url, window.document);
    expect(fragment.querySelector('p')!.hasAttribute('data-kept')).toBe(true);
    expect(fragment.textContent).toBe(body.textContent);
  });
  it('copies: a view that changes its fragment leaves the kept body as it was', () => {
    const { window, article, body } = extractKept();
    const before = body.innerHTML;
    const fragment = sanitizeToFragment(article.content, article.url, window.document);
    fragment.querySelectorAll('p').forEach((p) => p.remove());
    expect(body.innerHTML).toBe(before);
    expect(sanitizeToFragment(article.content, article.url, window.document).querySelectorAll('p').length).toBeGreaterThan(3);
  });
  it('keeps the copy out of any live document until the view appends it (nothing loads early)', () => {
    const { window, article } = extractKept();
    const fragment = sanitizeToFragment(article.content, article.url, window.document);
    expect(fragment.ownerDocument).not.toBe(window.document);
    expect(fragment.ownerDocument.defaultView).toBeNull();
  });
  it('leaves images without sources when images are off, as the sanitiser would', () => {
    const { window, article } = extractKept();
    expect(article.content).toContain('<img');
    const off = sanitizeToFragment(article.content, article.url, window.document, { images: false });
    const parsed = (() => {
      forgetSanitized();
      return sanitizeToFragment(article.content, article.url, window.document, { images: false });
    })();
    const sources = (f: DocumentFragment) => [...f.querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.getAttribute('srcset'), img.getAttribute('alt')]);
    expect(sources(off).length).toBeGreaterThan(0);
    expect(sources(off)).toEqual(sources(parsed));
    expect(sources(off).every(([src, srcset]) => src === null && srcset === null)).toBe(true);
  });
  it('matches what sanitising the HTML again gives', () => {
    const { window, article } = extractKept();
    const kept = sanitizeToFragment(article.content, article.url, window.document);
    forgetSanitized();
    const parsed = sanitizeToFragment(article.content, article.url, window.document);
    const html = (f: DocumentFragment) => [...f.childNodes].map((n) => (n as Element).outerHTML ?? n.textContent).join('');
    expect(html(kept)).toBe(html(parsed));
  });
  it('is used for that HTML and that address only: anything else is sanitised as ever', () => {
    const { window, article, body } = extractKept();
    body.querySelector('p')!.setAttribute('data-kept', '');
    expect(keptCopy(`${article.content} `, article.url, true)).toBeNull();
    expect(keptCopy(article.content, 'https://other.example/', true)).toBeNull();
    const hostile = sanitizeToFragment('<p onclick="x()">نص<script>alert(1)</script></p>', article.url, window.document);
    expect(hostile.querySelector('script, [onclick]')).toBeNull();
    const elsewhere = sanitizeToFragment(article.content, 'https://other.example/', window.document);
    expect(elsewhere.querySelector('[data-kept]')).toBeNull();
  });
  it('lets the body go once forgotten (the view closed)', () => {
    const { article } = extractKept();
    expect(keptCopy(article.content, article.url, true)).not.toBeNull();
    forgetSanitized();
    expect(keptCopy(article.content, article.url, true)).toBeNull();
  });
});
