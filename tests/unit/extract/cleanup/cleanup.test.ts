import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../utils/extract/extract';
import { corpusPages } from '../../paths';
import { FILLER, clean } from './clean';

describe('boxes', () => {
  it('removes a read-also heading with the list of links it heads', () => {
    const { text, result } = clean(
      '<div><h3>اقرأ أيضاً</h3><ul><li><a href="/a">الحكومة تعلن خطة جديدة لدعم الصادرات الزراعية هذا العام</a></li><li><a href="/b">ارتفاع أسعار النفط في الأسواق العالمية بعد قرار أوبك</a></li></ul></div>',
    );
    expect(text).not.toContain('اقرأ أيضاً');
    expect(text).not.toContain('أسعار النفط');
    expect(result.fired).toEqual(['read-also-heading']);
  });

  it('takes the links that follow a bare heading, and stops at the next real paragraph', () => {
    const { text } = clean('<h4>أخبار متعلقة</h4><p><a href="/a">خبر أول عن الانتخابات البلدية المقبلة في المدن الكبرى</a></p><ul><li><a href="/b">خبر ثان</a></li></ul>');
    expect(text).not.toContain('خبر أول');
    expect(text).not.toContain('خبر ثان');
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
  });

  it('removes a share bar of links to social networks', () => {
    const { text } = clean('<div><span>شارك</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>');
    expect(text).not.toMatch(/شارك|فيسبوك|تويتر/);
  });

  it('never removes a blockquote, even one that starts like boilerplate', () => {
    const { text } = clean('<blockquote><p>شارك</p><p>اقرأ أيضاً ما كتبناه لكم</p></blockquote>');
    expect(text).toContain('شارك');
    expect(text).toContain('اقرأ أيضاً ما كتبناه لكم');
  });

  it('removes a heading that repeats the title', () => {
    const { text, result } = clean('<h2>أعلن بوتين محور محادثاته مع بايدن</h2>', 'أعلن بوتين محور محادثاته مع بايدن');
    expect(text).not.toContain('أعلن بوتين');
    expect(result.fired).toContain('title-heading');
  });
});

describe('source and date lines', () => {
  it('moves "المصدر : وكالة ايسنا للأنباء." into the source field', () => {
    const { text, result } = clean('<p>المصدر : وكالة ايسنا للأنباء.</p>');
    expect(result.source).toBe('وكالة ايسنا للأنباء');
    expect(text).not.toContain('المصدر');
  });

  it('keeps a sentence that begins with the word المصدر', () => {
    const sentence = 'المصدر الذي تحدث للوكالة طلب عدم الكشف عن هويته لأنه غير مخول بالتصريح.';
    const { text, result } = clean(`<p>${sentence}</p>`);
    expect(text).toContain(sentence);
    expect(result.source).toBe('');
  });

  it('moves a date line into the dateline field', () => {
    const { text, result } = clean('<p>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</p>');
    expect(result.dateline).toBe('2013-08-28');
    expect(text).not.toContain('2013');
  });

  it('keeps a sentence that mentions a date', () => {
    const sentence = 'وقال إن الاجتماع سيعقد في 16 يونيو 2021 في جنيف.';
    const { text, result } = clean(`<p>${sentence}</p>`);
    expect(text).toContain(sentence);
    expect(result.dateline).toBe('');
  });

  it('removes empty and punctuation-only paragraphs but keeps an image-only one', () => {
    const { root } = clean('<p>.</p><p>&nbsp;</p><p>* * *</p><p><img src="https://x.test/a.png" alt=""></p>');
    expect(root.querySelectorAll('p')).toHaveLength(3);
    expect(root.querySelector('img')).not.toBeNull();
  });
});

describe('words in bold or in a link inside a real sentence', () => {
  it.each([
    '<strong>شارك</strong> الآلاف في المسيرة التي جابت شوارع العاصمة.',
    'وقال إن <a href="https://x.test/">اقرأ أيضاً</a> كان عنوان الحملة الأولى للمكتبة.',
    '<b>نهاية الرسالة</b> التي بعث بها الوزير جاءت حادة اللهجة، بحسب مصادر مطلعة.',
    'كتب على اللافتة <span>إعلان</span> بخط كبير أمام مقر البلدية.',
  ])('stay, whole: %s', (html) => {
    const { text } = clean(`<p>${html}</p>`);
    const plain = new JSDOM(`<p>${html}</p>`).window.document.body.textContent!;
    expect(text).toContain(plain);
  });
});

describe('on our own corpus of right-to-left pages', () => {
  // jsdom parses some of these pages in seconds on a busy machine.
  const TIMEOUT = 60_000;
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const page of corpusPages().filter((p) => !p.notArticle)) {
    it(`${page.name}: no rule removes a line of the gold, and every removal says its rule`, () => {
      const { document } = new JSDOM(readFileSync(join(page.dir, 'source.html'), 'utf8'), { url: page.url }).window;
      const result = extractArticle(document, { url: page.url });
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      const gold = new Set(page.gold.map(norm));
      const wrongly = result.article.removed.filter((r) => gold.has(norm(r.text)) && !result.article.text.includes(norm(r.text)));
      expect(wrongly).toEqual([]);
      for (const r of result.article.removed) expect(r.rule).toMatch(/^[a-z][a-z-]+$/);
    }, TIMEOUT);
  }
});
