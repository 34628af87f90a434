import { describe, expect, it } from 'vitest';
import { FILLER, clean, rulesOf } from './clean';

const card = (slug: string, headline: string, extra = '') => `<div class="card"><a href="/2024/05/${slug}/"><img src="/img/${slug}.jpg" width="150" height="100" alt=""></a><h3><a href="/2024/05/${slug}/">${headline}</a></h3>${extra}</div>`;

describe('teasers inside the body', () => {
  it('removes cards with an image, a date and a summary, with no heading over them (Hespress, Youm7)', () => {
    const { text, result } = clean(card('a', 'الحكومة تقر موازنة العام المقبل', '<span>12 مايو 2024</span><p>أقرت الحكومة مشروع الموازنة بعد نقاش طويل.</p>') + card('b', 'ارتفاع أسعار الذهب في السوق المحلية'));
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
    expect(rulesOf(result).filter((r) => r === 'teaser')).toHaveLength(2);
  });
  it('removes a lone "read also" link paragraph in any language, and the label left alone', () => {
    for (const label of ['اقرأ أيضا:', 'بیشتر بخوانید:', 'یہ بھی پڑھیں:', 'קראו גם:']) {
      const { text } = clean(`<p>${label} <a href="/2024/05/other/">عنوان خبر آخر عن الأسواق المالية</a></p>`);
      expect(text.split('\n')).toEqual([FILLER, FILLER]);
    }
  });
  it('removes the box of a section front: linked headings, each with its summary', () => {
    const item = (n: number) => `<h2><a href="/2024/05/${n}/">عنوان الخبر رقم ${n} في الصفحة</a></h2><p>ملخص الخبر رقم ${n} في جملة واحدة طويلة بعض الشيء.</p>`;
    const { text } = clean(`<section>${item(1)}${item(2)}${item(3)}</section>`);
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
  });
  it('keeps a sentence with a link in it, a link to another site, and a heading linking to the page itself', () => {
    const kept = [
      '<p>وقال <a href="/people/ahmad/">أحمد علي</a> إن المشروع سيكتمل قبل نهاية العام الجاري، بحسب ما نقلت الوكالة.</p>',
      '<p><a href="https://www.who.int/report">تقرير منظمة الصحة العالمية الكامل</a></p>',
      '<h2><a href="https://www.example-news.com/2024/05/14/story/">عنوان المقال نفسه هنا</a></h2>',
    ];
    for (const html of kept) {
      const { text } = clean(html);
      expect(text.split('\n')).toHaveLength(3);
    }
  });
});

describe('lists and clouds of links', () => {
  it('removes tags and topics as a list or as a cloud, wherever they stand', () => {
    const list = clean('<ul><li><a href="/tag/quake">زلزال</a></li><li><a href="/tag/iran">إيران</a></li></ul>');
    expect(list.text.split('\n')).toEqual([FILLER, FILLER]);
    const cloud = clean('<div><a href="/tag/a">נושא</a> <a href="/tag/b">תל אביב</a> <a href="/tag/c">דיור</a></div>');
    expect(cloud.text.split('\n')).toEqual([FILLER, FILLER]);
  });
  it('keeps a list of sentences with links in them', () => {
    const { text } = clean('<ul><li>أعلنت <a href="/org/x">الوزارة</a> عن خطة جديدة لدعم المزارعين في المناطق الريفية.</li><li>وقال <a href="/p/y">المدير</a> إن التنفيذ يبدأ الشهر المقبل في ثلاث محافظات.</li></ul>');
    expect(text.split('\n')).toHaveLength(4);
  });
});

describe('share and follow bars', () => {
  it('removes a bar of links to social services, with words or icons only', () => {
    const words = clean('<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="https://wa.me/?text=x">واتساب</a></div>');
    expect(words.text.split('\n')).toEqual([FILLER, FILLER]);
    const icons = clean('<div><a href="https://t.me/share/url?url=x" aria-label="Telegram"><svg></svg></a><a href="#" aria-label="copy link"><svg></svg></a></div>');
    expect(icons.text.split('\n')).toEqual([FILLER, FILLER]);
    expect(rulesOf(icons.result)).toContain('share-links');
  });
  it('removes a "follow us on Google News" prompt that links to the aggregator', () => {
    const { text } = clean('<p><a href="https://news.google.com/publications/x">تابعونا على جوجل نيوز</a></p>');
    expect(text.split('\n')).toEqual([FILLER, FILLER]);
  });
});
