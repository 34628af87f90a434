import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteHighlight, highlightCounts, highlightsOf, putHighlight } from '../../../utils/browser/highlights';
import type { Highlight } from '../../../utils/highlights/highlight';

const h = (id: string, url: string, over: Partial<Highlight> = {}): Highlight => ({
  id,
  url,
  color: 'yellow',
  note: '',
  anchor: { quote: { exact: 'نص', prefix: '', suffix: '' }, start: 0, end: 2 },
  created: 1,
  updated: 1,
  ...over,
});

describe('the highlights database', () => {
  it('keeps highlights by article, replaces one saved again, deletes and counts them', async () => {
    await putHighlight(h('a', 'https://x.example/1'));
    await putHighlight(h('b', 'https://x.example/1'));
    await putHighlight(h('c', 'https://x.example/2'));
    await putHighlight(h('a', 'https://x.example/1', { note: 'ملاحظة', updated: 2 }));
    const first = await highlightsOf('https://x.example/1');
    expect(first.map((x) => [x.id, x.note])).toEqual([
      ['a', 'ملاحظة'],
      ['b', ''],
    ]);
    expect(await highlightCounts()).toEqual({ 'https://x.example/1': 2, 'https://x.example/2': 1 });
    await deleteHighlight('b');
    expect((await highlightsOf('https://x.example/1')).map((x) => x.id)).toEqual(['a']);
    expect(await highlightsOf('https://x.example/none')).toEqual([]);
  });

  it('refuses a malformed highlight and stores nothing of it', async () => {
    expect(await putHighlight({ ...h('bad', 'https://x.example/3'), color: 'red' as never })).toEqual({ error: 'not a highlight' });
    expect(await highlightsOf('https://x.example/3')).toEqual([]);
  });
});
