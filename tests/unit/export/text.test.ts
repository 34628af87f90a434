import { describe, expect, it } from 'vitest';
import { articleAsText } from '../../../utils/export/text';
import { LABELS, seedArticle } from './seed-article';

describe('articleAsText', () => {
  it('gives the title, byline, site, source, date, link, then the body a paragraph a line', () => {
    const article = seedArticle();
    const text = articleAsText(article, LABELS);
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual(['أعلن بوتين محور محادثاته مع بايدن', 'فريق التحرير', 'الرائد نيوز', 'المصدر: وكالة ايسنا للأنباء', '١٣ يونيو ٢٠٢١', article.url]);
    expect(text).toContain(article.text);
  });
});
