import { describe, expect, it } from 'vitest';
import { filterEntries, NO_FILTER, sitesOf } from '../../../utils/library/filter';

const entries = [
  { siteName: 'الرائد نيوز', url: 'https://alraed.example/a', highlightCount: 0 },
  { siteName: '', url: 'https://www.bbc.example/b', highlightCount: 2 },
  { siteName: 'الرائد نيوز', url: 'https://alraed.example/c', highlightCount: 1 },
];

describe('filterEntries', () => {
  it('lets everything through with no filter', () => {
    expect(filterEntries(entries, NO_FILTER)).toEqual(entries);
  });
  it('keeps one site, named or by its host', () => {
    expect(filterEntries(entries, { site: 'الرائد نيوز', hasHighlights: false })).toEqual([entries[0], entries[2]]);
    expect(filterEntries(entries, { site: 'bbc.example', hasHighlights: false })).toEqual([entries[1]]);
  });
  it('keeps only articles with highlights, with the site filter too', () => {
    expect(filterEntries(entries, { site: '', hasHighlights: true })).toEqual([entries[1], entries[2]]);
    expect(filterEntries(entries, { site: 'الرائد نيوز', hasHighlights: true })).toEqual([entries[2]]);
  });
});

describe('sitesOf', () => {
  it('lists each site once with its count, in alphabetical order', () => {
    expect(sitesOf(entries, 'en')).toEqual([
      { site: 'bbc.example', count: 1 },
      { site: 'الرائد نيوز', count: 2 },
    ]);
  });
});
