import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../utils/highlights/anchor';
import { withHighlights } from '../../../utils/highlights/export';
import type { Highlight } from '../../../utils/highlights/highlight';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

const HTML = '<p>أعلنت الوزارة برنامجاً جديداً.</p><ul><li>أربعون مكتبة في المرحلة الأولى</li></ul><p>وقالت الوزيرة إن «المكتبة بيت مفتوح».</p>';

function highlight(el: Element, id: string, quote: string, note = ''): Highlight {
  const text = el.textContent!;
  const start = text.indexOf(quote);
  return { id, url: 'u', color: 'green', note, anchor: anchorOf(text, start, start + quote.length), created: 1, updated: 1 };
}

describe('withHighlights', () => {
  it('marks each highlight and puts each note after its paragraph, after a whole list for a list item', () => {
    const el = body(HTML);
    const hs = [highlight(el, 'a', 'المكتبة بيت مفتوح', 'ملاحظة أولى'), highlight(el, 'b', 'أربعون مكتبة', 'عن القائمة'), highlight(el, 'c', 'برنامجاً')];
    expect(withHighlights(el, hs)).toEqual([]);
    expect(el.querySelectorAll('mark[data-qari-hl]')).toHaveLength(3);
    const notes = Array.from(el.querySelectorAll('blockquote[data-qari-note]'));
    expect(notes.map((n) => n.textContent)).toEqual(['✎ عن القائمة', '✎ ملاحظة أولى']);
    expect(notes[0].previousElementSibling!.tagName).toBe('UL');
    expect(notes[1].previousElementSibling!.textContent).toContain('المكتبة بيت مفتوح');
    expect(notes[1].getAttribute('dir')).toBe('auto');
  });

  it('returns those it cannot place, and marks nothing for them', () => {
    const el = body(HTML);
    const gone = highlight(body('<p>نص آخر لا علاقة له بالمقال أبداً</p>'), 'z', 'لا علاقة له');
    expect(withHighlights(el, [gone])).toEqual([gone]);
    expect(el.querySelector('mark')).toBeNull();
  });

  it('writes a note as text, never as markup', () => {
    const el = body(HTML);
    withHighlights(el, [highlight(el, 'a', 'برنامجاً', '<img src=x onerror=alert(1)>')]);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('blockquote')!.textContent).toContain('<img');
  });
});
