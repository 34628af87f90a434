import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { COLORS, colorOf, inArticleOrder, isHighlight, joinLoaded, toWords, type Highlight } from '../../../utils/highlights/highlight';

const h = (over: Partial<Highlight> = {}): Highlight => ({
  id: 'a1',
  url: 'https://example.com/a',
  color: 'yellow',
  note: '',
  anchor: { quote: { exact: 'نص', prefix: '', suffix: '' }, start: 0, end: 2 },
  created: 1,
  updated: 1,
  ...over,
});

describe('the highlight colours', () => {
  it('give each colour a name in the interface and a symbol of its own (never colour alone)', () => {
    expect(new Set(COLORS.map((c) => c.symbol)).size).toBe(COLORS.length);
    for (const c of COLORS) expect(en[c.label].message).toBeTruthy();
    expect(colorOf('green').symbol).toBe('▲');
    expect(colorOf('nonsense')).toBe(COLORS[0]);
  });
});

describe('isHighlight', () => {
  it('takes a well-formed highlight', () => {
    expect(isHighlight(h())).toBe(true);
    expect(isHighlight(h({ note: 'ملاحظة', color: 'pink' }))).toBe(true);
  });

  it('refuses each damaged field', () => {
    expect(isHighlight(null)).toBe(false);
    expect(isHighlight(h({ id: '' }))).toBe(false);
    expect(isHighlight(h({ id: 'a"] , *' }))).toBe(false);
    expect(isHighlight(h({ color: 'red' as never }))).toBe(false);
    expect(isHighlight(h({ note: 3 as never }))).toBe(false);
    expect(isHighlight(h({ created: -1 }))).toBe(false);
    expect(isHighlight(h({ anchor: { quote: { exact: '', prefix: '', suffix: '' }, start: 0, end: 0 } }))).toBe(false);
    expect(isHighlight(h({ anchor: { quote: { exact: 'نص', prefix: '', suffix: '' }, start: 5, end: 2 } }))).toBe(false);
    expect(isHighlight({ ...h(), anchor: undefined })).toBe(false);
  });
});

describe('toWords', () => {
  const text = 'وقالت الوزيرة إن المكتبة بيتٌ مفتوح';
  it('widens a selection that starts or ends inside a word to the whole word', () => {
    const [s, e] = toWords(text, text.indexOf('زيرة'), text.indexOf('لمكتبة') + 2);
    expect(text.slice(s, e)).toBe('الوزيرة إن المكتبة');
  });
  it('keeps the diacritics of the last word and leaves white space out', () => {
    const [s, e] = toWords(text, text.indexOf(' إن') , text.indexOf('بيت') + 3);
    expect(text.slice(s, e)).toBe('إن المكتبة بيتٌ');
  });
});

describe('inArticleOrder', () => {
  it('orders by place in the article, those not placed last in the order they were made', () => {
    const items = [
      { highlight: h({ id: 'x', created: 3 }), start: null },
      { highlight: h({ id: 'y', created: 1 }), start: 50 },
      { highlight: h({ id: 'z', created: 2 }), start: null },
      { highlight: h({ id: 'w', created: 4 }), start: 10 },
    ];
    expect(inArticleOrder(items).map((i) => i.highlight.id)).toEqual(['w', 'y', 'z', 'x']);
  });
});

describe('joinLoaded', () => {
  it('keeps the highlights made before the stored ones were read, and the stored ones besides', () => {
    const stored = [h({ id: 'old' }), h({ id: 'both', note: 'stored' })];
    const made = [h({ id: 'new' }), h({ id: 'both', note: 'edited meanwhile' })];
    expect(joinLoaded(stored, made).map((x) => [x.id, x.note])).toEqual([
      ['old', ''],
      ['new', ''],
      ['both', 'edited meanwhile'],
    ]);
    expect(joinLoaded(stored, [])).toEqual(stored);
    expect(joinLoaded([], made)).toEqual(made);
  });
});
