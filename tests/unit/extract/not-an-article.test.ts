import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/dom/blocks';
import { extractArticle } from '../../../utils/extract/extract';
import { notAnArticle } from '../../../utils/extract/not-an-article';
import { FIXTURES } from '../paths';

function extractFile(name: string) {
  const html = readFileSync(join(FIXTURES, 'not-articles', name), 'utf8');
  const { document } = new JSDOM(html, { url: `http://127.0.0.1/not-articles/${name}` }).window;
  return extractArticle(document);
}

describe('pages that are not articles get a reason, never an article', () => {
  it.each([
    ['search.html', 'no-article'],
    ['empty.html', 'no-article'],
    ['images-only.html', 'too-short'],
    ['login.html', 'too-short'],
    ['frameset.html', 'frameset'],
  ])('%s → %s', (file, reason) => {
    expect(extractFile(file)).toEqual({ ok: false, reason });
  });

  it('an image or a PDF is not an HTML page', () => {
    const { document } = new JSDOM('<embed type="application/pdf" src="a.pdf">').window;
    Object.defineProperty(document, 'contentType', { value: 'application/pdf' });
    expect(extractArticle(document)).toEqual({ ok: false, reason: 'not-html' });
  });
});

describe('notAnArticle', () => {
  const body = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    return { root, text: blockText(root) };
  };
  const sentence = 'وقال المتحدث باسم الوزارة إن الحكومة ماضية في خطتها لإصلاح القطاع العام. ';
  it('takes a body of running text, even with a small box of links', () => {
    const { root, text } = body(`<p>${sentence.repeat(6)}</p><ul><li><a href="/a">خبر</a></li></ul>`);
    expect(notAnArticle(root, text)).toBeNull();
  });
  it('refuses too little text, a list of links and a page of linked headings', () => {
    const short = body(`<p>${sentence}</p>`);
    expect(notAnArticle(short.root, short.text)).toBe('too-short');
    const links = body(`<ul>${`<li><a href="/x">${sentence}</a></li>`.repeat(5)}</ul><p>${sentence}</p>`);
    expect(notAnArticle(links.root, links.text)).toBe('no-article');
    const teasers = body(`<h2><a href="/1">${sentence}</a></h2><p>${sentence.repeat(2)}</p>`.repeat(3));
    expect(notAnArticle(teasers.root, teasers.text)).toBe('no-article');
  });
});
