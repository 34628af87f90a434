import { describe, expect, it } from 'vitest';
import { FILLER, cleanBody, rulesOf } from './clean';

const P = `<p>${FILLER}</p>`;

describe('metadata at the edges of the body', () => {
  it.each([
    ['a Gregorian and Hijri date line', '<p>الثلاثاء - 22 صفر 1446 هـ - 27 أغسطس 2024 مـ رقم العدد [16710]</p>'],
    ['a Persian metadata bar', '<div>کد خبر : 2022643 | 31 اردیبهشت 1403 ساعت 12:22 | 28.8K بازدید</div>'],
    ['a Hebrew byline and time bar', '<p>איתי לוי וחן שלום | 30.12.24 | 10:32</p>'],
    ['a reading-time widget without digits', '<div><span>دقيقتان للقراءة</span></div>'],
    ['a reading-time widget in Latin', '<div>2min</div>'],
    ['a view counter', '<div>2,418</div>'],
    ['a "label: value" byline', '<p>گزارشگر: فریدون احمدزی</p>'],
    ['a kicker above the text', '<p>تحليل إخباري</p>'],
  ])('removes %s at the top', (_, html) => {
    const { text } = cleanBody(`${html}${P}${P}`);
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
  });

  it.each([
    ['an updated stamp', '<p>آخر تحديث: 17 مارس 2024</p>'],
    ['a "found a mistake? write to us" prompt', '<p><a href="mailto:news@example.com?subject=טעות">מצאתם טעות? כתבו לנו</a></p>'],
    ['a question prompt', '<p>هل وجدت خطأ؟ <a href="/contact/">راسلنا</a></p>'],
    ['a lead-in whose icons went', '<div><p>تابع المدار نت على:</p></div>'],
    ['a call for writers ending on an e-mail address', '<p>اگر آپ بھی ہمارے لیے بلاگ لکھنا چاہتے ہیں تو اپنی تحریر blog@example.pk پر ای میل کریں۔</p>'],
  ])('removes %s at the bottom', (_, html) => {
    const { text } = cleanBody(`${P}${P}${html}`);
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
  });

  it('reaches a date bar between a standfirst and the body', () => {
    const standfirst = '<p>مطالعة جديدة تكشف أن الشباب ينفقون نصف دخلهم على الإيجار. والوزارة ترفض النتائج</p>';
    const { text, result } = cleanBody(`${standfirst}<p>26 בדצמבר 2024 עודכן ב-09:45 4 דק' קריאה</p>${P}${P}`);
    expect(text.split('\n')).toHaveLength(3);
    expect(rulesOf(result)).toEqual(['edge-date-line']);
  });

  it('keeps captions, subheadings, quotations and a date inside the text', () => {
    const html = `<figure><img src="/a.jpg" width="600" height="400" alt=""><figcaption>وزارة العمل</figcaption></figure><h3>خلفية</h3>${P}<p>26 בדצמבר 2024</p>${P}<blockquote><p>2,418</p></blockquote>`;
    const { text } = cleanBody(html);
    expect(text).toContain('وزارة العمل');
    expect(text).toContain('خلفية');
    expect(text).toContain('26 בדצמבר 2024');
    expect(text).toContain('2,418');
  });

  it('keeps a short line right after an image, which may be its caption (Youm7)', () => {
    const { text } = cleanBody(`<div><img src="/a.jpg" width="600" height="400" alt=""></div><p>وزارة العمل</p>${P}${P}`);
    expect(text).toContain('وزارة العمل');
  });
});
