import { describe, expect, it } from 'vitest';
import { articleAsMarkdown } from '../../../utils/export/markdown';
import { LABELS, seedArticle } from './seed-article';

describe('articleAsMarkdown', () => {
  it('writes a heading, the header, a link and the body, the Arabic intact', () => {
    const article = seedArticle();
    const md = articleAsMarkdown(article, LABELS, document);
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
    const md = articleAsMarkdown(article, LABELS, document);
    expect(md).toContain('> «سنعمل على خفض الأسعار خلال الأشهر المقبلة».');
    expect(md).toContain('\nوأضاف أن «الحكومة ملتزمة» بذلك.');
    expect(md).toContain('> نص مقتبس كامل.');
  });
});
