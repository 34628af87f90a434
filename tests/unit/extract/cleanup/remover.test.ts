import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { makeRemover } from '../../../../utils/extract/cleanup/remover';
import { normalizeArabic } from '../../../../utils/text/arabic';

const root = (html: string) => {
  const { document } = new JSDOM(`<div id="r">${html}</div>`).window;
  return document.getElementById('r')!;
};

describe('the remover', () => {
  it('reports each removal with its rule and the start of its text', () => {
    const r = root('<p>إعلان</p><p>نص</p>');
    const rm = makeRemover(r);
    expect(rm.remove(r.querySelector('p')!, 'ad-label')).toBe(true);
    expect(rm.removed).toEqual([{ rule: 'ad-label', text: 'إعلان' }]);
    expect(r.textContent).toBe('نص');
  });
  it('never removes a quotation, or a box holding one', () => {
    const r = root('<blockquote><p>«لن نتراجع»</p></blockquote><div><blockquote>اقتباس</blockquote></div>');
    const rm = makeRemover(r);
    expect(rm.remove(r.querySelector('blockquote p')!, 'x')).toBe(false);
    expect(rm.remove(r.querySelector('div')!, 'x')).toBe(false);
    expect(rm.removed).toEqual([]);
  });
  it('keeps a paragraph that the page\'s own articleBody holds, whatever the rule', () => {
    const paragraph = 'آخر تحديث للخطة جاء بعد مشاورات طويلة مع النقابات.';
    const r = root(`<p>${paragraph}</p><p>آخر تحديث: 17 مارس</p>`);
    const rm = makeRemover(r, normalizeArabic(`مقدمة. ${paragraph}. خاتمة.`));
    expect(rm.remove(r.children[0], 'x')).toBe(false);
    expect(rm.remove(r.children[0].nextElementSibling!, 'x')).toBe(true);
  });
  it('takes no evidence from links: a teaser headline quoted in the body still goes', () => {
    const headline = 'الحكومة تقر موازنة العام المقبل بعد نقاش طويل';
    const r = root(`<p><a href="/x">${headline}</a></p>`);
    expect(makeRemover(r, normalizeArabic(headline)).remove(r.children[0], 'teaser')).toBe(true);
  });
});
