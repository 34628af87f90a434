import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/dom/blocks';
import { extractArticle } from '../../../utils/extract/extract';
import { notAnArticle } from '../../../utils/extract/not-an-article';
import { FIXTURES, corpusPages } from '../paths';

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

describe('our own corpus of right-to-left pages', () => {
  // jsdom parses some of these pages in seconds on a busy machine.
  const TIMEOUT = 60_000;
  for (const page of corpusPages()) {
    it(page.notArticle ? `refuses ${page.name}, which is no article` : `shows the article of ${page.name}`, () => {
      const { document } = new JSDOM(readFileSync(join(page.dir, 'source.html'), 'utf8'), { url: page.url }).window;
      const result = extractArticle(document, { url: page.url });
      expect(result.ok).toBe(!page.notArticle);
    }, TIMEOUT);
  }
});

describe('hard cases on both sides', () => {
  const body = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    return { root, text: blockText(root) };
  };
  it('takes an article whose every name is a link', () => {
    const p = '<p>وقال <a href="/p/1">وزير الخارجية</a> <a href="/p/2">أحمد علي</a> في <a href="/c/1">القاهرة</a> إن <a href="/o/1">الجامعة العربية</a> ستجتمع في <a href="/c/2">الرياض</a>.</p>';
    const { root, text } = body(p.repeat(8));
    expect(notAnArticle(root, text)).toBeNull();
  });
  it('takes a news flash of two short paragraphs', () => {
    const { root, text } = body('<p>ضرب زلزال بقوة 5.1 درجة منطقة قريبة من مدينة لار جنوبي إيران فجر الأربعاء، دون أنباء عن إصابات.</p><p>وقال مسؤول في الهلال الأحمر إن فرق الإغاثة توجهت إلى القرى القريبة من مركز الزلزال.</p>');
    expect(notAnArticle(root, text)).toBeNull();
  });
  it('refuses what is left of a page whose teasers clean-up took', () => {
    const { root, text } = body('<p>نتائج البحث عن: الانتخابات في المحافظات العشرين للعام الجاري والماضي</p><p>الصفحة التالية من النتائج، والصفحة الثالثة، والأخيرة منها كذلك هنا</p><p>جميع الحقوق محفوظة للموقع ولا يجوز النقل إلا بإذن مكتوب من الإدارة</p>');
    expect(notAnArticle(root, text, 5)).toBe('no-article');
  });
});
