import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleAsHtml, fileName } from '../../../utils/export/html-file';
import { seedArticle } from './seed-article';

describe('articleAsHtml', () => {
  const article = seedArticle();
  const html = articleAsHtml(article, {
    css: '.qari{color:red}',
    fonts: [{ family: 'Qari Naskh', weight: 400, range: 'U+0600-06FF', base64: 'd09GMgABAAAAAA==' }],
    fontStack: "'Qari Naskh', serif",
    theme: 'sepia',
    fontSize: 22,
    lineHeight: 2,
    width: 'narrow',
    headerHtml: '<header class="qari-header"><h1 class="qari-title">t</h1></header>',
  });
  const { document } = new JSDOM(html).window;

  it('is one document in the article direction and language, with its font embedded', () => {
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.title).toBe(article.title);
    const style = document.querySelector('style')!.textContent!;
    expect(style).toContain("@font-face{font-family:'Qari Naskh';font-weight:400");
    expect(style).toContain('data:font/woff2;base64,d09GMgABAAAAAA==');
    expect(document.querySelector('.qari')?.getAttribute('data-theme')).toBe('sepia');
    expect(document.querySelector('.qari-body')?.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('.qari-body p')).not.toBeNull();
  });

  it('lets nothing run and nothing load but the images, and refers to no other file', () => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(document.querySelector('script, link, iframe')).toBeNull();
    expect(html).not.toMatch(/url\((?!data:)/);
  });

  it('holds the body given with its highlights and notes in place of the article\'s own', () => {
    const marked = '<p>نص <mark data-qari-hl="a" data-color="green">مظلل</mark></p><blockquote data-qari-note dir="auto"><p>✎ ملاحظة</p></blockquote>';
    const withMarks = new JSDOM(articleAsHtml(article, { css: '', fonts: [], fontStack: 'serif', theme: 'light', fontSize: 20, lineHeight: 2, width: 'medium', headerHtml: '', contentHtml: marked })).window.document;
    expect(withMarks.querySelector('.qari-body mark[data-qari-hl]')!.textContent).toBe('مظلل');
    expect(withMarks.querySelector('.qari-body blockquote[data-qari-note]')!.textContent).toBe('✎ ملاحظة');
    expect(document.querySelector('.qari-body mark[data-qari-hl]')).toBeNull();
  });

  it('escapes the title', () => {
    const hostile = articleAsHtml({ ...article, title: '</title><script>alert(1)</script>' }, { css: '', fonts: [], fontStack: 'serif', theme: 'light', fontSize: 20, lineHeight: 1.9, width: 'medium', headerHtml: '' });
    expect(new JSDOM(hostile).window.document.querySelector('script')).toBeNull();
  });
});

describe('fileName', () => {
  it('keeps letters of any script and digits', () => {
    expect(fileName('أعلن بوتين: محور محادثاته مع بايدن!', 'html')).toBe('أعلن-بوتين-محور-محادثاته-مع-بايدن.html');
    expect(fileName('///', 'md')).toBe('article.md');
  });
});
