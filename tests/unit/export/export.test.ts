import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import { articleAsHtml, articleAsMarkdown, articleAsText, fileName } from '../../../utils/export/export';
import { extractArticle } from '../../../utils/extract/extract';
import { FIXTURES } from '../paths';

const LABELS = { source: 'المصدر:', original: 'المقال الأصلي', date: '١٣ يونيو ٢٠٢١' };

function seedArticle(): Article {
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'pages/isna-wordpress.expected.json'), 'utf8'));
  const { document } = new JSDOM(readFileSync(join(FIXTURES, 'pages/isna-wordpress.html'), 'utf8'), { url: gold.url }).window;
  const result = extractArticle(document);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('articleAsText', () => {
  it('gives the title, byline, site, source, date, link, then the body a paragraph a line', () => {
    const article = seedArticle();
    const text = articleAsText(article, LABELS);
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual(['أعلن بوتين محور محادثاته مع بايدن', 'فريق التحرير', 'الرائد نيوز', 'المصدر: وكالة ايسنا للأنباء', '١٣ يونيو ٢٠٢١', article.url]);
    expect(text).toContain(article.text);
  });
});

describe('articleAsMarkdown', () => {
  it('writes a heading, the header, a link and the body, the Arabic intact', () => {
    const article = seedArticle();
    const md = articleAsMarkdown(article, LABELS);
    expect(md.startsWith('# أعلن بوتين محور محادثاته مع بايدن\n')).toBe(true);
    expect(md).toContain('*المصدر: وكالة ايسنا للأنباء*');
    expect(md).toContain(`[المقال الأصلي](${article.url})`);
    expect(md).toContain('وقال زعيم الكرملين: “قبل الاحتفالات رفيعة المستوى');
    expect(md).toContain('![](https://www.alraed-news.com/');
    expect(md).not.toMatch(/<[a-z]/i);
  });

  it('turns paragraphs that are one quotation into block quotes, and keeps blockquotes', () => {
    const article = {
      ...seedArticle(),
      content: '<p>وقال الوزير في مؤتمر صحفي:</p><p>«سنعمل على خفض الأسعار خلال الأشهر المقبلة».</p><p>وأضاف أن «الحكومة ملتزمة» بذلك.</p><blockquote><p>نص مقتبس كامل.</p></blockquote>',
    };
    const md = articleAsMarkdown(article, LABELS);
    expect(md).toContain('> «سنعمل على خفض الأسعار خلال الأشهر المقبلة».');
    expect(md).toContain('\nوأضاف أن «الحكومة ملتزمة» بذلك.');
    expect(md).toContain('> نص مقتبس كامل.');
  });
});

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
