import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightQuotes, unhighlightQuotes } from '../../../utils/quotes/highlight';
import { findQuotes, speechOnly, type Quote } from '../../../utils/quotes/quotes';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const marksOf = (root: Element) => Array.from(root.querySelectorAll<HTMLElement>('mark[data-qari-quote]'));

/** Text under the marks of each quotation id, joined. */
function markedText(root: Element): Map<string, string> {
  const byId = new Map<string, string>();
  for (const mark of marksOf(root)) {
    const id = mark.dataset.qariQuote!;
    byId.set(id, (byId.get(id) ?? '') + mark.textContent);
  }
  return byId;
}

function flatText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data;
  return text;
}

describe('highlightQuotes', () => {
  it('wraps a quotation in a mark with its id, speaker and inferred flag', () => {
    const root = rootOf('<p>قال الوزير: «نعم».</p><p>وأضاف: «لا».</p><p>«ربما» عبارة قديمة.</p>');
    highlightQuotes(root, findQuotes(root));
    expect(marksOf(root).map((m) => [m.dataset.qariQuote, m.dataset.speaker, m.dataset.inferred, m.textContent])).toEqual([
      ['0', 'الوزير', 'false', 'نعم'],
      ['1', 'الوزير', 'true', 'لا'],
      ['2', '', 'false', 'ربما'],
    ]);
    expect(root.querySelector('p')!.innerHTML).toBe(
      'قال الوزير: «<mark data-qari-quote="0" data-speaker="الوزير" data-inferred="false">نعم</mark>».',
    );
  });

  it('splits a quotation that crosses <a> and <strong> into marks that wrap only text', () => {
    const root = rootOf('<p>وقال الرئيس: “نحن <a href="#x">ندعم</a> <strong>الحوار الوطني</strong> بكل قوة”.</p>');
    const quotes = findQuotes(root);
    highlightQuotes(root, quotes);
    const marks = marksOf(root);
    expect(marks.map((m) => m.textContent)).toEqual(['نحن ', 'ندعم', ' ', 'الحوار الوطني', ' بكل قوة']);
    expect(new Set(marks.map((m) => m.dataset.qariQuote))).toEqual(new Set(['0']));
    for (const mark of marks) expect(mark.children).toHaveLength(0);
    expect(root.querySelector('a > mark')).not.toBeNull();
    expect(root.querySelector('strong > mark')).not.toBeNull();
  });

  it('never lets a mark span a block boundary', () => {
    const root = rootOf('<p>وقال الوزير في بيان:</p><blockquote><p>نحن ملتزمون.</p><p>ولن نتراجع.</p></blockquote>');
    highlightQuotes(root, findQuotes(root));
    const marks = marksOf(root);
    expect(marks.map((m) => [m.parentElement!.tagName, m.textContent])).toEqual([
      ['P', 'نحن ملتزمون.'],
      ['P', 'ولن نتراجع.'],
    ]);
    expect(marks.every((m) => m.dataset.speaker === 'الوزير')).toBe(true);
  });

  it('keeps the text and restores the exact HTML on the seed-like fixture', () => {
    const html = '<p>وقال بوتين: “إذا <b>اتفقنا</b> على تسليم”. الاتحاد.</p><p>وأضاف: “قضية الأمن السيبراني لها أهمية خاصة.</p>';
    const root = rootOf(html);
    const text = root.textContent;
    const quotes = findQuotes(root);
    highlightQuotes(root, quotes);
    expect(root.textContent).toBe(text);
    expect(markedText(root)).toEqual(new Map(quotes.map((q) => [String(q.id), q.text])));
    unhighlightQuotes(root);
    expect(root.innerHTML).toBe(html);
  });

  it('is safe to call twice', () => {
    const root = rootOf('<p>قال الوزير: «نعم <i>و</i>لا».</p>');
    const quotes = findQuotes(root);
    highlightQuotes(root, quotes);
    const once = root.innerHTML;
    highlightQuotes(root, quotes);
    expect(root.innerHTML).toBe(once);
  });

  it('leaves the page\'s own <mark> elements alone', () => {
    const html = '<p><mark>مهم</mark> قال الوزير: «نعم».</p>';
    const root = rootOf(html);
    highlightQuotes(root, findQuotes(root));
    expect(root.querySelectorAll('mark')).toHaveLength(2);
    unhighlightQuotes(root);
    expect(root.innerHTML).toBe(html);
  });

  it('does nothing without quotations', () => {
    const html = '<p>لا اقتباس هنا.</p>';
    const root = rootOf(html);
    highlightQuotes(root, []);
    expect(root.innerHTML).toBe(html);
  });

  it('handles text nested 5,000 elements deep', () => {
    // Built from the inside out: appending under a deep node makes jsdom walk all its ancestors.
    let node: Node = document.createTextNode('قال الوزير: «نحن هنا».');
    for (let i = 0; i < 5000; i++) {
      const parent = document.createElement('span');
      parent.appendChild(node);
      node = parent;
    }
    const root = document.createElement('div');
    root.appendChild(node);
    const html = root.innerHTML;
    highlightQuotes(root, findQuotes(root));
    expect(markedText(root)).toEqual(new Map([['0', 'نحن هنا']]));
    unhighlightQuotes(root);
    expect(root.innerHTML).toBe(html);
  });
});

// Random articles: Arabic words, speech verbs, every kind of mark (balanced or not), apostrophes,
// punctuation, inline elements and blocks, nested.
const WORDS = ['الوزير', 'قال', 'وقال', 'وأضاف', 'قالت', 'إن', 'أن', 'في', 'بحسب', 'الرئيس الروسي', 'بوتين', 'نحن', 'سوريا', 'اليوم', 'و', 'don\'t', 'O’Brien', 'Smotrim.ru', '6', 'صه"ل'];
const MARKS = ['“', '”', '„', '«', '»', '‹', '›', '"', "'", '’'];
const PUNCT = [':', '.', '،', ',', '؟', '…', ' ', ' ', ' ', '\n'];
const INLINE = ['a', 'b', 'strong', 'em', 'span', 'i', 'u', 'mark', 'q', 'sup', 'sub'];
const BLOCK = ['p', 'div', 'blockquote', 'li', 'h2', 'td', 'figcaption'];

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('text'), tie('inline'), tie('block')),
  text: fc
    .array(fc.oneof(fc.constantFrom(...WORDS).map((w) => `${w} `), fc.constantFrom(...WORDS), fc.constantFrom(...MARKS), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 14 })
    .map((t) => t.join('')),
  inline: fc.record({ tag: fc.constantFrom(...INLINE), kids: fc.array(tie('tree'), { maxLength: 4 }) }).map(({ tag, kids }) => `<${tag}>${(kids as string[]).join('')}</${tag}>`),
  block: fc.record({ tag: fc.constantFrom(...BLOCK), kids: fc.array(tie('tree'), { maxLength: 4 }) }).map(({ tag, kids }) => `<${tag}>${(kids as string[]).join('')}</${tag}>`),
}));
const article = fc.array(tree, { minLength: 1, maxLength: 6 }).map((parts) => (parts as string[]).join(''));

describe('highlighting never changes the article\'s text (property)', () => {
  it('keeps textContent, marks exactly each span, and unhighlights to the same HTML', () => {
    fc.assert(
      fc.property(article, (html) => {
        const root = rootOf(html);
        const before = root.innerHTML;
        const text = root.textContent;
        const flat = flatText(root);
        const all = findQuotes(root);
        expect(root.innerHTML).toBe(before);
        all.forEach((q, i) => {
          expect(q.start).toBeLessThan(q.end);
          // In order; a term may lie inside the quotation before it, nothing else overlaps.
          if (i > 0 && q.start < all[i - 1].end) expect(q.kind === 'term' && q.end <= all[i - 1].end).toBe(true);
        });
        // What quote mode highlights: the speech, which never overlaps.
        const quotes = speechOnly(all);
        quotes.forEach((q, i) => i > 0 && expect(q.start).toBeGreaterThanOrEqual(quotes[i - 1].end));

        highlightQuotes(root, quotes);
        expect(root.textContent).toBe(text);
        for (const mark of marksOf(root)) expect(mark.children).toHaveLength(0);
        expect(markedText(root)).toEqual(new Map(quotes.map((q) => [String(q.id), flat.slice(q.start, q.end)])));

        unhighlightQuotes(root);
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it('holds for any spans, even overlapping ones', () => {
    const spans = fc.array(fc.tuple(fc.nat(400), fc.nat(60), fc.string({ maxLength: 12 })), { maxLength: 8 });
    fc.assert(
      fc.property(article, spans, (html, raw) => {
        const root = rootOf(html);
        const before = root.innerHTML;
        const text = root.textContent ?? '';
        const quotes: Quote[] = raw.map(([start, length, speaker], id) => {
          const s = Math.min(start, text.length);
          return { id, text: '', speaker, role: '', kind: 'speech', inferred: id % 2 === 0, start: s, end: Math.min(text.length, s + length) };
        });
        highlightQuotes(root, quotes);
        expect(root.textContent).toBe(text);
        unhighlightQuotes(root);
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
