import { describe, expect, it } from 'vitest';
import { libraryId, progressPercent, recordsFor, siteLabel, sizeOf } from '../../../utils/library/record';
import { article } from './fixtures';

describe('libraryId', () => {
  it('drops the fragment and tracking parameters and keeps the rest of the address', () => {
    expect(libraryId('https://news.example/a?id=7&utm_source=x&fbclid=y#comments')).toBe('https://news.example/a?id=7');
    expect(libraryId('https://news.example/a?utm_medium=social')).toBe('https://news.example/a');
    expect(libraryId('https://news.example/a?page=2')).toBe('https://news.example/a?page=2');
  });
  it('gives the same key for the same article reached two ways', () => {
    expect(libraryId('https://news.example/a#top')).toBe(libraryId('https://news.example/a?gclid=1'));
  });
  it('keeps a string that is no address as it is', () => {
    expect(libraryId('not a url')).toBe('not a url');
  });
});

describe('recordsFor', () => {
  it('keeps the sanitised HTML, metadata and quotations, but not what clean-up removed from the live page', () => {
    const quotes = [{ text: 'روسيا ستفعل ذلك', kind: 'speech' as const, speaker: 'بوتين', role: '', inferred: false }];
    const { saved, entry } = recordsFor(article({ siteRules: ['x'] }), quotes, 1000);
    expect(saved.article.content).toContain('وقال بوتين');
    expect(saved.article.removed).toEqual([]);
    expect(saved.article).not.toHaveProperty('siteRules');
    expect(saved.quotes).toEqual(quotes);
    expect(entry).toMatchObject({ title: article().title, siteName: 'الرائد نيوز', savedAt: 1000, updatedAt: 1000, read: false, position: null, highlightCount: 0 });
    expect(entry.index.title).toContain('بوتين');
    expect(entry.index.body).toContain('المدينه'.replace('ال', 'وال'));
    expect(entry.bytes).toBe(sizeOf(saved) + sizeOf({ ...entry, bytes: 0 }));
  });
  it('saved again, keeps the first date, the read mark and the position', () => {
    const first = recordsFor(article(), [], 1000).entry;
    const again = recordsFor(article({ title: 'عنوان جديد' }), [], 5000, { kept: 1, missed: 2 }, { ...first, read: true, position: { fraction: 0.5, block: 3 } });
    expect(again.entry).toMatchObject({ savedAt: 1000, updatedAt: 5000, read: true, position: { fraction: 0.5, block: 3 }, title: 'عنوان جديد', images: { kept: 1, missed: 2 } });
  });
});

describe('siteLabel and progressPercent', () => {
  it('files an article under its site name, else its host without www', () => {
    expect(siteLabel({ siteName: 'الرائد نيوز', url: 'https://x.example/' })).toBe('الرائد نيوز');
    expect(siteLabel({ siteName: '', url: 'https://www.alraed.example/a' })).toBe('alraed.example');
  });
  it('shows no position as 0% and the end as 100%', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ fraction: 0.456, block: 2 })).toBe(46);
    expect(progressPercent({ fraction: 1, block: 9 })).toBe(100);
  });
});
