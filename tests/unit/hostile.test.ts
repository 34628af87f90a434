import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { sanitizeToFragment } from '../../utils/sanitize';
import { auditDom, isPlainText } from '../e2e/hostile-helpers';
import { FIXTURES } from './paths';

/**
 * The hostile fixture through extraction (jsdom: scripts never run, no
 * resource loads, noscript parsed as markup) and through the second
 * sanitising pass every view makes. `auditDom` (tests/e2e/hostile-helpers.ts)
 * is the one definition of what must not survive, shared with the browser
 * tests; each problem it reports names the vector(s) it comes from.
 */

const DIR = join(FIXTURES, 'hostile');
const HTML = readFileSync(join(DIR, 'article.html'), 'utf8');
const README = readFileSync(join(DIR, 'README.md'), 'utf8');
const URL_ = 'http://127.0.0.1:8080/hostile/article.html';

/** A document to parse into: quiet (jsdom reports the fixture's CSS as unparsable). */
function freshDocument(html = '<!doctype html><html><body></body></html>', url = URL_): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** `html` parsed as the children of a <div> of a fresh document. */
function parsed(html: string): HTMLDivElement {
  const div = freshDocument().createElement('div');
  div.innerHTML = html;
  return div;
}

/** A fragment's markup, as the view holds it. */
function serialize(fragment: DocumentFragment): string {
  const div = fragment.ownerDocument.createElement('div');
  div.append(fragment.cloneNode(true));
  return div.innerHTML;
}

let article: Article;

beforeAll(() => {
  const doc = freshDocument(HTML);
  const result = extractArticle(doc, { url: URL_, window: doc.defaultView! });
  if (!result.ok) throw new Error(`hostile fixture not extracted: ${result.reason}`);
  article = result.article;
});

describe('hostile fixture', () => {
  it('numbers at least 40 vectors, each listed in its README', () => {
    const numbers = new Set([...HTML.matchAll(/\bV(\d+)\b/g)].map((m) => Number(m[1])));
    expect(numbers.size).toBeGreaterThanOrEqual(40);
    const listed = new Set([...README.matchAll(/^\|\s*(\d+)\s*\|/gm)].map((m) => Number(m[1])));
    expect([...numbers].filter((n) => !listed.has(n)), 'vectors missing from README').toEqual([]);
    expect([...listed].filter((n) => !numbers.has(n)), 'README rows with no vector in the page').toEqual([]);
  });

  it('is seen by the audit: unsanitised, the article is full of what it forbids', () => {
    // The audit must not be vacuous. On the raw article (jsdom's parse) it flags
    // every vector by number except: V5 (the parser moves <body onload> onto the
    // page's body, out of the article), V91/V92 (inert text by design), and
    // V33/V35/V64/V95, whose markup names no sentinel, so they are checked by content.
    const problems = auditDom(freshDocument(HTML).querySelector('article')!);
    const named = new Set(problems.flatMap((line) => [...line.matchAll(/\bV(\d+)\b/g)].map((m) => Number(m[1]))));
    const unnamed = [5, 33, 35, 64, 91, 92, 95];
    const expected = Array.from({ length: 96 }, (_, i) => i + 1).filter((n) => !unnamed.includes(n));
    expect(expected.filter((n) => !named.has(n)), 'vectors the audit missed').toEqual([]);
    for (const sign of ['DATA:text/html', 'file:///etc/passwd', 'chrome://settings', 'position:fixed', 'id="qari-reader-root"', 'name="querySelector"'])
      expect(problems.some((line) => line.includes(sign)), sign).toBe(true);
  });

  it('is still an article: extraction finds the story around the vectors', () => {
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
    expect(article.text).toContain('أعلنت وزارة الكهرباء العراقية');
    expect(article.text).toContain('وتشير بيانات غير رسمية');
    expect(article.wordCount).toBeGreaterThan(300);
  });
});

describe('hostile page: extracted content', () => {
  it('holds nothing a view must not render', () => {
    const problems = auditDom(parsed(article.content));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('holds nothing a view must not render after the views’ own sanitising pass', () => {
    const doc = freshDocument();
    for (const images of [true, false]) {
      const problems = auditDom(sanitizeToFragment(article.content, article.url, doc, { images }));
      expect(problems, `images: ${images}\n${problems.join('\n')}`).toEqual([]);
    }
  });

  it('the sanitiser alone stops every vector, without Readability’s clean-up', () => {
    // The raw article markup, as the sanitiser's own parser reads it (Readability
    // drops scripts, styles, forms and more before the sanitiser runs: this
    // checks the policy does not depend on that).
    const start = HTML.indexOf('<article');
    const raw = HTML.slice(start, HTML.indexOf('</article>', start) + '</article>'.length);
    const problems = auditDom(sanitizeToFragment(raw, URL_, freshDocument()));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('is stable under serialise and re-parse (no mutation XSS)', () => {
    const once = parsed(article.content).innerHTML;
    const twice = parsed(once).innerHTML;
    expect(once).toBe(article.content);
    expect(twice).toBe(once);
    // What a view holds, serialised and parsed again, is the same markup, and
    // sanitising it again changes nothing.
    const doc = freshDocument();
    const viewed = serialize(sanitizeToFragment(article.content, article.url, doc));
    expect(parsed(viewed).innerHTML).toBe(viewed);
    expect(serialize(sanitizeToFragment(viewed, article.url, doc))).toBe(viewed);
  });
});

describe('hostile page: title, byline and other metadata', () => {
  // Decision: markup in the page's title or byline is kept as the literal text
  // it is, not stripped. Views set these strings as text, so "<img …>" shows
  // as characters and can never become an element; stripping tags from a
  // string would be a second, weaker HTML parser (half a tag, an entity, and
  // it is fooled) and would silently change what the page says.
  it('are plain strings that stay text', () => {
    const doc = freshDocument();
    for (const [field, value] of Object.entries({ title: article.title, byline: article.byline, siteName: article.siteName, excerpt: article.excerpt })) {
      expect(typeof value, field).toBe('string');
      expect(isPlainText(doc, value), `${field}: ${value}`).toBe(true);
    }
  });

  it('keep the page’s markup as visible text', () => {
    expect(article.title).toContain('موجة حر تشلّ بغداد');
    expect(article.title).toContain("<img src=x onerror=fetch('/sentinel/og-title')>");
    expect(article.title).toContain('"><script>');
    expect(article.byline).toContain('سلمى الراشد');
    expect(article.byline).toContain("<img src=x onerror=fetch('/sentinel/byline')>");
    expect(article.byline).toContain('"><script>');
    expect(article.siteName).toContain('<svg/onload=');
  });
});
