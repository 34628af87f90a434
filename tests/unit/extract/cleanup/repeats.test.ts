import { describe, expect, it } from 'vitest';
import { FILLER, clean, cleanBody, rulesOf } from './clean';

const TITLE = 'صندوق «ريادة» يعلن تمويل 42 شركة ناشئة في دفعته الأولى';
const P = `<p>${FILLER}</p>`;

describe('what the body repeats from the header', () => {
  it('removes the headline printed again as the first paragraph (tagDiv, Masrawy)', () => {
    const { text, result } = cleanBody(`<p><strong>${TITLE}</strong></p>${P}${P}`, TITLE);
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
    expect(rulesOf(result)).toEqual(['headline-repeat']);
  });
  it('removes the second copy of the standfirst, once cut short and once whole (JNews, Drupal)', () => {
    const standfirst = 'تشهد المملكة موجة حر غير مسبوقة تتجاوز فيها درجات الحرارة الأربعين في معظم المحافظات';
    const { text } = cleanBody(`<div class="summary">${standfirst}</div><p>${standfirst}، وسط تحذيرات رسمية.</p>${P}`, 'عنوان', { descriptions: [standfirst] });
    expect(text.split('\n')).toEqual([standfirst, FILLER]);
  });
  it('keeps a paragraph the article itself repeats, when it is not the standfirst (VOA Dari)', () => {
    const { text } = cleanBody(`${P}<p>فقرة أولى</p>${P}`, 'عنوان', { descriptions: ['وصف آخر للمقال لا علاقة له بالفقرة المكررة هنا'] });
    expect(text.split('\n')).toEqual([FILLER, 'فقرة أولى', FILLER]);
  });
});

describe('image lines that are not captions', () => {
  it.each([
    ['a class-named credit', '<figure><img src="/a.jpg" alt=""><figcaption>רכבים תקועים <span class="imageCredit">(צילום: ישראל דהן)</span></figcaption></figure>', 'רכבים'],
    ['an Urdu credit', '<figure><img src="/a.jpg" alt=""><figcaption>پٹرول پمپ پر گاڑیاں <span>فوٹو: فائل</span></figcaption></figure>', 'پٹرول پمپ'],
    ['BBC\'s image source with its hidden label', '<div><img src="/a.jpg" alt=""><p role="text"><span class="visually-hidden">صدر الصورة، </span>Getty Images</p></div>', ''],
  ])('removes %s', (_, html) => {
    const { text } = clean(html);
    expect(text).not.toMatch(/צילום|فوٹو|Getty/);
  });
  it('takes the credit and keeps the image it sits beside (BBC)', () => {
    const { root } = clean('<div><div><img src="https://x.example/a.jpg" alt=""><span role="text"><span class="bbc-1cpjgqp">منبع تصویر، </span>Getty Images</span></div></div>');
    expect(root.querySelector('img')).not.toBeNull();
    expect(root.textContent).not.toContain('Getty');
  });
  it('removes a stock-photo label and a caption that only repeats the headline', () => {
    const { text, result } = clean(`<figure><img src="/a.jpg" alt="${TITLE}"><figcaption>صورة تعبيرية (آيستوك)</figcaption></figure><figure><img src="/b.jpg" alt=""><figcaption>${TITLE}</figcaption></figure>`, TITLE);
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
    expect(rulesOf(result).sort()).toEqual(['headline-caption', 'stock-photo-caption']);
  });
  it('removes a caption\'s screen-reader label and keeps the caption', () => {
    const { text } = clean('<figure><img src="/a.jpg" alt=""><figcaption><span class="bbc-1cpjgqp">توضیح تصویر، </span>سی‌وسه‌پل بر بستر خشک زاینده‌رود</figcaption></figure>');
    expect(text).toContain('سی‌وسه‌پل بر بستر خشک زاینده‌رود');
    expect(text).not.toContain('توضیح تصویر');
  });
  it('keeps a caption that describes the picture after "صورة:"', () => {
    const caption = 'صورة: وزير الخارجية خلال مؤتمر صحفي في القاهرة أمس';
    const { text } = clean(`<figure><img src="/a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`);
    expect(text).toContain(caption);
  });
});
