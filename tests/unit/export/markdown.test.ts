import { describe, expect, it } from 'vitest';
import { articleAsMarkdown } from '../../../utils/export/markdown';
import { anchorOf } from '../../../utils/highlights/anchor';
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

  it('writes highlights as ==text== and each note as a block quote after its paragraph', () => {
    const content = '<p>وقال الوزير إن <a href="https://x.example/">الخطة</a> ستنفذ العام المقبل.</p><p>وأضاف أن التمويل مضمون.</p>';
    const el = document.createElement('div');
    el.innerHTML = content;
    const text = el.textContent!;
    const at = (q: string) => anchorOf(text, text.indexOf(q), text.indexOf(q) + q.length);
    const highlights = [
      { id: 'a', url: 'u', color: 'yellow' as const, note: 'تحقق من الموعد', anchor: at('الخطة ستنفذ'), created: 1, updated: 1 },
      { id: 'b', url: 'u', color: 'green' as const, note: '', anchor: at('التمويل مضمون'), created: 2, updated: 2 },
    ];
    const md = articleAsMarkdown({ ...seedArticle(), content }, LABELS, document, highlights);
    expect(md).toContain('وقال الوزير إن [==الخطة==](https://x.example/) ==ستنفذ== العام المقبل.\n\n> ✎ تحقق من الموعد\n\nوأضاف أن ==التمويل مضمون==.');
  });
});
