import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyForReadability, taken } from '../../../utils/extract/copy';
import { MAX_DEPTH } from '../../../utils/dom/deep';

const page = (body: string) => new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;

describe('copyForReadability', () => {
  it('copies the page and leaves the original alone', () => {
    const doc = page('<article><h1>عنوان</h1><p>نص المقال</p></article>');
    const copy = copyForReadability(doc)!;
    expect(copy.doc).not.toBe(doc);
    expect(copy.doc.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    copy.doc.querySelector('p')!.remove();
    expect(doc.querySelector('p')).not.toBeNull();
  });
  it('copies of the head only what Readability reads (title, meta, base, JSON-LD), the rest of the page whole', () => {
    const doc = new JSDOM(
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان الصفحة</title><base href="https://example.com/news/"><link rel="stylesheet" href="/a.css"><style>.x{}</style><script>var a = 1;</script><!-- c --><script type="application/ld+json">{"@type":"NewsArticle"}</script><meta property="og:title" content="عنوان"></head><body><script>var b;</script><style>.y{}</style><p>نص</p></body></html>`,
      { url: 'https://example.com/news/1' },
    ).window.document;
    const copy = copyForReadability(doc)!.doc;
    expect([...copy.head.children].map((el) => el.localName)).toEqual(['meta', 'title', 'base', 'script', 'meta']);
    expect(copy.head.querySelector('script')!.getAttribute('type')).toBe('application/ld+json');
    expect(copy.body.outerHTML).toBe(doc.body.outerHTML);
    expect(copy.documentElement.getAttribute('lang')).toBe('ar');
    expect(copy.documentElement.getAttribute('dir')).toBe('rtl');
    expect(copy.doctype?.name).toBe('html');
    expect(copy.URL).toBe('https://example.com/news/1');
    expect(copy.baseURI).toBe('https://example.com/news/');
    expect(copy.title).toBe('عنوان الصفحة');
    expect(doc.head.children).toHaveLength(8);
  });
  it("gives Readability the same article as a whole copy, on every fixture page", () => {
    const dir = join(import.meta.dirname, '../../fixtures/pages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const doc = new JSDOM(readFileSync(join(dir, file), 'utf8'), { url: 'https://example.com/news/a/1.html' }).window.document;
      const whole = new Readability(doc.cloneNode(true) as Document).parse();
      const ours = new Readability(copyForReadability(doc)!.doc).parse();
      expect(ours, file).toEqual(whole);
    }
  });
  it('collects the links, images, sources, fields and headings of the copy, tag after tag, each in document order', () => {
    const doc = page('<h2>أ</h2><a href="/1">1</a><picture><source srcset="/s.webp"><img src="/i.png"></picture><form><input name="q"><textarea></textarea><select></select></form><h1>ب</h1><a href="/2">2</a><svg><a href="#x"></a></svg>');
    const copy = copyForReadability(doc)!;
    expect(taken(copy, 'A').map((a) => a.getAttribute('href'))).toEqual(['/1', '/2']);
    expect(taken(copy, 'IMG', 'SOURCE', 'A').map((e) => e.tagName)).toEqual(['IMG', 'SOURCE', 'A', 'A']);
    expect(taken(copy, 'INPUT', 'TEXTAREA', 'SELECT')).toHaveLength(3);
    expect(taken(copy, 'H1', 'H2').map((h) => h.textContent)).toEqual(['ب', 'أ']);
    expect(taken(copy, 'TABLE')).toEqual([]);
    for (const el of taken(copy, 'A', 'IMG', 'H1')) expect(el.ownerDocument).toBe(copy.doc);
  });
  it('knows every element with a quotation or a table below it, as querySelector would', () => {
    const doc = page('<div id="a"><section id="b"><blockquote id="q"><p id="p">x</p></blockquote></section></div><div id="c"><table><tr><td id="td">1</td></tr></table></div><div id="d"><p>y</p></div>');
    const copy = copyForReadability(doc)!;
    for (const el of Array.from(copy.doc.querySelectorAll('*'))) expect(copy.holdsQuoteOrTable.has(el)).toBe(el.querySelector('blockquote, table') !== null);
  });
  it('copies a page nested deeper than Readability can bear flat, and a shallower one as it is', () => {
    const nest = (levels: number) => `${'<div>'.repeat(levels)}<p>نص عميق</p>${'</div>'.repeat(levels)}`;
    const deep = copyForReadability(page(nest(MAX_DEPTH + 50)))!;
    expect(deep.doc.body.querySelectorAll('div').length).toBe(0);
    expect(deep.doc.body.textContent).toBe('نص عميق');
    const shallow = copyForReadability(page(nest(50)))!;
    expect(shallow.doc.body.querySelectorAll('div').length).toBe(50);
  });
});
