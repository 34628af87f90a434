import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { HIDDEN_RULE, SELECTOR_RULES, TEXT_RULES } from '../../../../utils/extract/cleanup/boilerplate';
import { cleanArticle } from '../../../../utils/extract/cleanup/cleanup';
import { compileSelector } from '../../../../utils/extract/cleanup/selector-match';
import { blockText } from '../../../../utils/dom/blocks';
import { FIXTURES } from '../../paths';

const FILLER = 'وأوضح المتحدث باسم الوزارة في مؤتمر صحفي عقده صباح اليوم أن الحكومة ماضية في خطتها لإصلاح القطاع العام خلال الأشهر المقبلة.';

/** Cleans an article made of a real paragraph, `html`, and another real paragraph. */
function clean(html: string, title = 'عنوان') {
  const { document } = new JSDOM(`<div id="root"><p>${FILLER}</p>${html}<p>${FILLER}</p></div>`).window;
  const root = document.getElementById('root')!;
  const result = cleanArticle(root, { title });
  return { text: blockText(root), result, root };
}

describe('every text rule', () => {
  for (const rule of TEXT_RULES) {
    describe(rule.id, () => {
      for (const example of rule.removes) {
        it(`removes «${example}»`, () => {
          const { text, result } = clean(`<p>${example}</p>`);
          expect(text).not.toContain(example);
          expect(text).toContain(FILLER);
          expect(result.fired).toContain(rule.id);
        });
      }
      for (const sentence of rule.keeps) {
        it(`keeps the real sentence «${sentence.slice(0, 40)}…»`, () => {
          const { text } = clean(`<p>${sentence}</p>`);
          expect(text).toContain(sentence);
        });
      }
    });
  }
});

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

describe('selector rules', () => {
  for (const rule of [...SELECTOR_RULES, HIDDEN_RULE]) {
    it(`${rule.id} removes its example box`, () => {
      const { text, result } = clean(rule.example);
      expect(text.split('\n').filter((l) => l !== 'قال المتحدث')).toEqual([FILLER, FILLER]);
      expect(result.fired).toContain(rule.id);
    });
  }
});

describe('the fixture pages', () => {
  const dir = join(FIXTURES, 'pages');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const fired = new Set<string>();
  for (const page of pages) {
    const { document } = new JSDOM(readFileSync(join(dir, page), 'utf8'), { url: 'https://example.com/a' }).window;
    const parsed = new Readability<Element>(document, { keepClasses: true, serializer: (el) => el as Element }).parse();
    if (parsed?.content) cleanArticle(parsed.content, { title: parsed.title ?? '', byline: parsed.byline ?? '' }).fired.forEach((id) => fired.add(id));
  }

  it('exercise every text rule and every selector rule at least once', () => {
    const rules = [...TEXT_RULES.map((r) => r.id), ...SELECTOR_RULES.map((r) => r.id), HIDDEN_RULE.id, 'source-line'];
    const missing = rules.filter((id) => !fired.has(id));
    expect(missing, `fired: ${[...fired].join(', ')}`).toEqual([]);
  });
});

describe('compileSelector', () => {
  it('reads the four forms the rules use and refuses any other', () => {
    const test = compileSelector('#a, .b, [data-x="y"], [class*="promo"]');
    const el = (html: string) => new JSDOM(html).window.document.body.firstElementChild!;
    expect(test(el('<div id="a"></div>'))).toBe(true);
    expect(test(el('<div class="x b"></div>'))).toBe(true);
    expect(test(el('<div data-x="y"></div>'))).toBe(true);
    expect(test(el('<div class="bbc-podcast-promo"></div>'))).toBe(true);
    expect(test(el('<div class="bb" id="aa" data-x="yy"></div>'))).toBe(false);
    expect(() => compileSelector('div > .a')).toThrow(/Unsupported/);
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
