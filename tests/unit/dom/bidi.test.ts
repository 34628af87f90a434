import { describe, expect, it } from 'vitest';
import { setDirections } from '../../../utils/dom/bidi';

/** A body laid out in `base`, directions set. */
function laidOut(html: string, base: 'rtl' | 'ltr' = 'rtl'): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  setDirections(root, base);
  return root;
}

/** The direction an element gets: its own `dir`, else the nearest one above, else the base. */
const dirOf = (el: Element | null, base = 'rtl') => el?.closest('[dir]')?.getAttribute('dir') ?? base;

describe('setDirections', () => {
  it('lays out an Arabic paragraph that starts with a Latin word right to left, by the majority of its letters', () => {
    const root = laidOut('<p>Google أعلنت يوم الثلاثاء عن تحديث واسع لمساعدها</p><p>iPhone 17 بات الهاتف الأكثر مبيعاً</p><p>“ChatGPT” لم يعد مجرد أداة للمبرمجين</p>');
    for (const p of root.querySelectorAll('p')) {
      expect(p.hasAttribute('dir'), p.textContent!).toBe(false);
      expect(dirOf(p)).toBe('rtl');
    }
  });
  it('gives an explicit dir only to a block whose majority differs from the direction around it', () => {
    const root = laidOut('<p>عربي</p><p>The company said in a statement that it was committed.</p>');
    const [arabic, english] = root.querySelectorAll('p');
    expect(arabic.hasAttribute('dir')).toBe(false);
    expect(english.getAttribute('dir')).toBe('ltr');
  });
  it('lets a block without strong letters inherit (numbers, dates), and decides a tie by inheriting too', () => {
    const root = laidOut('<p>2025</p><p>12,400,000 — 38%</p><p>abc أبت</p>');
    for (const p of root.querySelectorAll('p')) expect(p.hasAttribute('dir'), p.textContent!).toBe(false);
  });
  it('decides headings, list items, captions, block quotes and table cells each by its own letters', () => {
    const root = laidOut(
      '<h2>Android 16 وiOS 26: العربية أولاً</h2><ul><li>Gemini: دعم ست لهجات عربية محكية وكتابة الرسائل بالعامية في كل التطبيقات</li><li>Apple Intelligence summarises your mail</li></ul>' +
        '<figure><figcaption>Sundar Pichai خلال مؤتمر في ماونتن فيو (رويترز)</figcaption></figure><blockquote><p>OpenAI says Arabic is now its third language.</p></blockquote>' +
        '<table><caption>حصص الشركات</caption><tbody><tr><td>Apple</td><td>38%</td></tr></tbody></table>',
    );
    expect(dirOf(root.querySelector('h2'))).toBe('rtl');
    const [gemini, apple] = root.querySelectorAll('li');
    expect(dirOf(gemini)).toBe('rtl');
    expect(apple.getAttribute('dir')).toBe('ltr');
    expect(dirOf(root.querySelector('figcaption'))).toBe('rtl');
    expect(root.querySelector('blockquote')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('blockquote p')?.hasAttribute('dir')).toBe(false);
    expect(root.querySelector('td')?.getAttribute('dir')).toBe('ltr');
    expect(dirOf(root.querySelectorAll('td')[1])).toBe('rtl');
  });
  it('compares a nested block with its parent: an Arabic paragraph in an English quotation gets rtl back', () => {
    const root = laidOut('<blockquote><p>This is a long English statement from the company.</p><p>وهذه ترجمتها العربية القصيرة</p></blockquote>');
    expect(root.querySelector('blockquote')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelectorAll('p')[1].getAttribute('dir')).toBe('rtl');
  });
  it('never gives a table row a direction of its own (its cells would go against the columns)', () => {
    const root = laidOut('<table><tbody><tr dir="ltr"><td>Apple Inc</td><td>Samsung Electronics</td></tr><tr><td>عربي</td><td>عربي</td></tr></tbody></table>');
    expect(root.querySelector('tr')?.hasAttribute('dir')).toBe(false);
    expect(root.querySelector('tbody')?.hasAttribute('dir')).toBe(false);
  });
  it("replaces the page's dir on blocks (dir=auto, a wrong rtl) and keeps it on bdo and bdi", () => {
    const root = laidOut('<p dir="auto">Google أعلنت يوم الثلاثاء</p><p dir="rtl">An English paragraph</p><p>عربي <bdo dir="ltr">عكس</bdo></p>');
    const [auto, wrong] = root.querySelectorAll('p');
    expect(auto.hasAttribute('dir')).toBe(false);
    expect(wrong.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('bdo')?.getAttribute('dir')).toBe('ltr');
  });
  it('isolates an inline element holding a Latin name or address, so it never reorders its neighbours', () => {
    const root = laidOut('<p>وفق تقرير شركة <a href="https://x.example/">Counterpoint Research</a> هذا الأسبوع و<b>شركة Google العملاقة</b> أيضاً</p>');
    expect(root.querySelector('a')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('b')?.hasAttribute('dir')).toBe(false);
  });
  it('isolates fragile runs of plain text in right-to-left blocks only', () => {
    const root = laidOut('<p>لغات مثل C++ وRust على الموقع example.com/ar/ والرقم +971 4 123 4567.</p><p>Languages such as C++ and Rust.</p>');
    const [arabic, english] = root.querySelectorAll('p');
    expect([...arabic.querySelectorAll('bdi[dir="ltr"]')].map((b) => b.textContent)).toEqual(['C++', 'example.com/ar/', '+971 4 123 4567']);
    expect(arabic.textContent).toBe('لغات مثل C++ وRust على الموقع example.com/ar/ والرقم +971 4 123 4567.');
    expect(english.querySelector('bdi')).toBeNull();
  });
  it('leaves code alone: its letters do not vote, its text is not split', () => {
    const root = laidOut('<p>استخدم الأمر <code>npm install --save-dev typescript@latest C++</code> ثم شغّل</p>');
    expect(root.querySelector('p')?.hasAttribute('dir')).toBe(false);
    expect(root.querySelector('code bdi')).toBeNull();
  });
  it('works the other way round in a left-to-right article: an Arabic paragraph gets rtl', () => {
    const root = laidOut('<p>An English article.</p><p>فقرة عربية في مقال إنجليزي</p>', 'ltr');
    expect(root.querySelectorAll('p')[1].getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('p')?.hasAttribute('dir')).toBe(false);
  });
  it('sets the directions of 20,000 paragraphs in one pass each way', () => {
    // Built node by node: jsdom's innerHTML parse of 20,000 paragraphs is
    // superlinear (8 s alone, near a minute under load), setDirections 1 s.
    const root = document.createElement('div');
    for (let i = 0; i < 20_000; i++) {
      const p = document.createElement('p');
      p.textContent = i % 100 === 0 ? `English paragraph number ${i} about C++` : `Google أعلنت يوم الثلاثاء ${i} عن C++ تحديث`;
      root.append(p);
    }
    setDirections(root, 'rtl');
    expect(root.querySelectorAll('p[dir="ltr"]').length).toBe(200);
    expect(root.querySelectorAll('p[dir]').length).toBe(200);
    expect(root.querySelectorAll('bdi').length).toBe(19_800);
  }, 120_000);
});
