import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/speech/sentences';
import { flatOffset, rangeOf, walkFlatText } from '../../../utils/dom/flat-text';

describe('rangeOf', () => {
  it('covers a sentence across inline elements, by flat-text offsets', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>قال <a href="#">الوزير</a> إن <b>الخطة جاهزة</b>. وأضاف أنها تبدأ غداً.</p>';
    const [first, second] = splitSentences(root);
    expect(rangeOf(root, first.start, first.end)?.toString()).toBe('قال الوزير إن الخطة جاهزة.');
    expect(rangeOf(root, second.start, second.end)?.toString()).toBe('وأضاف أنها تبدأ غداً.');
    expect(rangeOf(root, 500, 510)).toBeNull();
  });
});

describe('flatOffset', () => {
  it('finds the flat-text offset of a point in a Text node or before an element, the inverse of rangeOf', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>قال <b>الوزير</b> إن</p>';
    const bold = root.querySelector('b')!;
    expect(flatOffset(root, bold.firstChild!, 2)).toBe(6);
    expect(flatOffset(root, bold, 0)).toBe(4);
    expect(rangeOf(root, 4, 10)?.toString()).toBe('الوزير');
    expect(flatOffset(root, document.createTextNode('x'), 0)).toBe(-1);
  });
});

describe('walkFlatText', () => {
  it('builds the flat text and tells where each element and text starts', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>أ<b>ب</b></p><p>ج</p>';
    const seen: string[] = [];
    const flat = walkFlatText(root, {
      enter: (_el, tag, offset) => void seen.push(`<${tag}@${offset}`),
      exit: (_el, tag, offset) => void seen.push(`${tag}>@${offset}`),
      text: (data, offset) => (seen.push(`${data}@${offset}`), data === 'ب' ? '-' : undefined),
    });
    expect(flat).toBe('أ-ج');
    expect(seen).toEqual(['<P@0', 'أ@0', '<B@1', 'ب@1', 'B>@2', 'P>@2', '<P@2', 'ج@2', 'P>@3']);
  });
});
