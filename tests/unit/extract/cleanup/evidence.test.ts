import { describe, expect, it } from 'vitest';
import { FILLER, cleanBody, rulesOf } from './clean';

const SECOND = 'وقالت الوزارة في بيان إن الأعمال ستنجز على ثلاث مراحل تمتد ثمانية أشهر.';

describe('articleBody as evidence', () => {
  it('removes a short block a whole articleBody lacks, and keeps headings and list items', () => {
    const html = `<p>${FILLER}</p><p>موضوع ذو صلة</p><h3>خلفية</h3><ul><li>بند أول</li><li>بند ثان</li></ul><p>${SECOND}</p>`;
    const { text, result } = cleanBody(html, 'عنوان', { articleBody: `${FILLER} ${SECOND}` });
    expect(text.split('\n')).toEqual([FILLER, 'خلفية', 'بند أول', 'بند ثان', SECOND]);
    expect(rulesOf(result)).toEqual(['absent-from-article-body']);
  });
  it('judges nothing by an articleBody that is cut short or another version', () => {
    const html = `<p>${FILLER}</p><p>موضوع ذو صلة</p><p>${SECOND}</p>`;
    const { text } = cleanBody(html, 'عنوان', { articleBody: FILLER.slice(0, 60) });
    expect(text).toContain('موضوع ذو صلة');
  });
});
