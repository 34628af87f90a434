import { describe, expect, it } from 'vitest';
import { highlightQuotes } from '../../../utils/quotes/highlight';
import { citation, decorateQuotes, quoteElement, quoteOfSelection, speakerGroups, SPEAKER_STYLES } from '../../../utils/quotes/view';
import { findQuotes, type Quote } from '../../../utils/quotes/quotes';

const q = (id: number, speaker: string, inferred = false): Quote => ({ id, text: `نص ${id}`, speaker, role: '', kind: 'speech', inferred, start: 0, end: 0 });

describe('speakerGroups', () => {
  it('groups by speaker in order of first appearance, unknown speakers last, each with a style', () => {
    const groups = speakerGroups([q(0, ''), q(1, 'بوتين'), q(2, 'بايدن'), q(3, 'بوتين', true)]);
    expect(groups.map((g) => [g.speaker, g.style, g.quotes.map((x) => x.id)])).toEqual([
      ['بوتين', 0, [1, 3]],
      ['بايدن', 1, [2]],
      ['', -1, [0]],
    ]);
  });
  it('cycles the styles after the last one', () => {
    const many = Array.from({ length: SPEAKER_STYLES + 1 }, (_, i) => q(i, `متحدث ${i}`));
    expect(speakerGroups(many).map((g) => g.style)).toEqual([0, 1, 2, 3, 4, 5, 0]);
  });
});

describe('decorateQuotes', () => {
  it('labels every mark, makes the first of each quotation focusable and marks the blocks that hold one', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>وقال بوتين: «إذا <a href="#">اتفقنا</a> على ذلك».</p><p>فقرة بلا اقتباس.</p>';
    const quotes = findQuotes(root);
    highlightQuotes(root, quotes);
    decorateQuotes(root, speakerGroups(quotes), (group) => group.speaker || '?');
    const marks = root.querySelectorAll<HTMLElement>('mark[data-qari-quote]');
    expect(marks.length).toBe(3);
    expect([...marks].every((m) => m.dataset.label === 'بوتين' && m.dataset.style === '0')).toBe(true);
    expect([...marks].map((m) => m.tabIndex)).toEqual([0, -1, -1]);
    expect(quoteElement(root, 0)).toBe(marks[0]);
    const [first, second] = root.querySelectorAll('p');
    expect(first.hasAttribute('data-has-quote')).toBe(true);
    expect(second.hasAttribute('data-has-quote')).toBe(false);
  });
});

describe('citation', () => {
  const article = { siteName: 'الرائد نيوز', url: 'https://www.alraed-news.com/a', dir: 'rtl' as const };
  it('writes «quote» — speaker، site، date، link for an Arabic article', () => {
    expect(citation(q(0, 'بوتين'), article, '١٣ يونيو ٢٠٢١', 'قائل غير معروف')).toBe(
      '«نص 0» — بوتين، الرائد نيوز، ١٣ يونيو ٢٠٢١، https://www.alraed-news.com/a',
    );
  });
  it('names an unknown speaker as such, leaves out what the article lacks, and uses English punctuation for English', () => {
    expect(citation(q(1, ''), { siteName: '', url: 'https://x.test/', dir: 'ltr' }, '', 'Unknown speaker')).toBe('“نص 1” — Unknown speaker, https://x.test/');
  });
});

describe('quoteOfSelection', () => {
  it('finds the quotation a selection lies in, and nothing for a selection across quotations or outside', () => {
    document.body.innerHTML = '<p>قال: «أول» ثم قال: «ثان»</p>';
    const root = document.body.firstElementChild!;
    const quotes = findQuotes(root);
    highlightQuotes(root, quotes);
    const [a, b] = root.querySelectorAll('mark');
    const select = (from: Node, to: Node) => {
      const range = document.createRange();
      range.setStart(from, 0);
      range.setEnd(to, to.textContent!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection();
    };
    expect(quoteOfSelection(select(a.firstChild!, a.firstChild!), quotes)?.text).toBe('أول');
    expect(quoteOfSelection(select(a.firstChild!, b.firstChild!), quotes)).toBeNull();
    expect(quoteOfSelection(select(root.firstChild!, root.firstChild!), quotes)).toBeNull();
  });
});
