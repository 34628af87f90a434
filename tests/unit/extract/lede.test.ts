import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ledeOutside } from '../../../utils/extract/lede';

const LEDE = 'مدیرعامل شرکت آب و فاضلاب استان تهران از گسترش طرح کاهش فشار شبانه آب به ۹ منطقه دیگر خبر داد.';
const BODY = 'به گزارش خبرگزاری، محمدرضا بختیاری روز شنبه در نشست خبری گفت ذخایر سدها به کمترین حد رسیده است.';

function setup(html: string, meta = LEDE) {
  const { document } = new JSDOM(`<head><meta name="description" content="${meta}"></head><body>${html}</body>`).window;
  const root = document.createElement('div');
  root.innerHTML = `<p>${BODY}</p><p>${BODY}</p>`;
  return { document, root };
}

describe('ledeOutside', () => {
  it('finds the standfirst under the headline, outside the body, when it is the page description', () => {
    const { document, root } = setup(`<main><h1>عنوان</h1><p class="summary">${LEDE}</p><div class="body"><p>${BODY}</p><p>${BODY}</p></div></main>`);
    expect(ledeOutside(document, root)).toBe(LEDE);
  });
  it('finds one marked itemprop=description even when the meta differs', () => {
    const { document, root } = setup(`<main><h3 itemprop="description">${LEDE}</h3><div><p>${BODY}</p></div></main>`, 'وصف آخر مختلف تماما عن المقدمة المكتوبة في الصفحة نفسها');
    expect(ledeOutside(document, root)).toBe(LEDE);
  });
  it('adds nothing when the body already has it, or when it stands in another part of the page', () => {
    const has = setup(`<main><p>${LEDE}</p><p>${BODY}</p></main>`);
    has.root.insertAdjacentHTML('afterbegin', `<p>${LEDE}</p>`);
    expect(ledeOutside(has.document, has.root)).toBe('');
    const apart = setup(`<aside><p>${LEDE}</p></aside><main><p>${BODY}</p></main>`);
    expect(ledeOutside(apart.document, apart.root)).toBe('');
  });
});
