import { describe, expect, it } from 'vitest';
import { highlightAt, highlightElement, markHighlights, unmarkHighlights, type MarkSpan } from '../../../utils/highlights/marks';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

const span = (el: Element, id: string, from: string, to: string, over: Partial<MarkSpan> = {}): MarkSpan => {
  const text = el.textContent!;
  const start = text.indexOf(from);
  return { id, start, end: text.indexOf(to, start) + to.length, color: 'yellow', hasNote: false, label: `label ${id}`, ...over };
};

const HTML = '<p dir="rtl">قال <a href="https://x.example/">المتحدث باسم <bdi dir="ltr">OpenAI</bdi></a> إن «الأمر محسوم».</p>\n<p>وأضاف أن العمل مستمر.</p>';

describe('markHighlights', () => {
  it('marks a highlight across a link, a bdi and two paragraphs without changing the text or any element', () => {
    const el = body(HTML);
    const text = el.textContent;
    markHighlights(el, [span(el, 'h1', 'باسم', 'وأضاف')]);
    expect(el.textContent).toBe(text);
    const marks = Array.from(el.querySelectorAll('mark[data-qari-hl="h1"]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('باسم OpenAI إن «الأمر محسوم».وأضاف');
    // The bdi, the link and the paragraphs' dir are where they were; the marks are inside them.
    expect(el.querySelector('bdi')!.getAttribute('dir')).toBe('ltr');
    expect(el.querySelector('bdi mark')).not.toBeNull();
    expect(el.querySelector('a mark')).not.toBeNull();
    expect(el.querySelector('p')!.getAttribute('dir')).toBe('rtl');
    // No mark on the white space between the paragraphs.
    expect(Array.from(el.childNodes).some((n) => n.nodeName === 'MARK')).toBe(false);
  });

  it('makes the first piece focusable and described, the last the one with the symbols', () => {
    const el = body(HTML);
    markHighlights(el, [span(el, 'h1', 'باسم', 'وأضاف', { hasNote: true, color: 'blue' })]);
    const marks = Array.from(el.querySelectorAll<HTMLElement>('mark[data-qari-hl]'));
    expect(marks[0].tabIndex).toBe(0);
    expect(marks[0].title).toBe('label h1');
    expect(marks.some((m) => m.hasAttribute('aria-label'))).toBe(false);
    expect(marks.filter((m) => m.hasAttribute('data-first'))).toHaveLength(1);
    expect(marks.at(-1)!.hasAttribute('data-last')).toBe(true);
    expect(marks.every((m) => m.dataset.color === 'blue' && m.hasAttribute('data-note'))).toBe(true);
    expect(highlightElement(el, 'h1')).toBe(marks[0]);
    expect(highlightAt(marks[1].firstChild)).toBe('h1');
    expect(highlightAt(el.querySelector('p')!)).toBeNull();
  });

  it('marks overlapping and adjacent highlights and is undone exactly', () => {
    const el = body(HTML);
    const before = el.innerHTML;
    markHighlights(el, [span(el, 'a', 'قال', 'المتحدث'), span(el, 'b', 'باسم', 'الأمر')]);
    expect(el.querySelectorAll('mark[data-qari-hl="a"]').length).toBeGreaterThan(0);
    markHighlights(el, [span(el, 'b', 'باسم', 'الأمر')]);
    expect(el.querySelectorAll('mark[data-qari-hl="a"]')).toHaveLength(0);
    unmarkHighlights(el);
    expect(el.innerHTML).toBe(before);
    expect(el.querySelector('p')!.childNodes[0].nodeType).toBe(3);
  });

  it('leaves quote mode marks alone and works inside them', () => {
    const el = body('<p>قال إن <mark data-qari-quote="0">«الأمر محسوم»</mark> اليوم.</p>');
    markHighlights(el, [span(el, 'h', 'الأمر', 'اليوم')]);
    expect(el.querySelector('mark[data-qari-quote] mark[data-qari-hl]')!.textContent).toBe('الأمر محسوم»');
    unmarkHighlights(el);
    expect(el.innerHTML).toBe('<p>قال إن <mark data-qari-quote="0">«الأمر محسوم»</mark> اليوم.</p>');
  });
});
