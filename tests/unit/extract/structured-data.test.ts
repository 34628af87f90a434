import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readStructuredData } from '../../../utils/extract/structured-data';

const page = (json: string) => new JSDOM(`<head><script type="application/ld+json">${json}</script></head><body></body>`).window.document;

describe('readStructuredData', () => {
  it('reads a NewsArticle inside an @graph, its author by name, its body as text', () => {
    const data = readStructuredData(
      page(JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'عنوان &quot;الخبر&quot;', articleBody: '<p>نص</p> المقال', author: [{ '@type': 'Person', name: 'أحمد' }, { name: 'سارة' }], datePublished: '2024-05-20T07:00:00Z' }] })),
    );
    expect(data).toEqual({ headline: 'عنوان "الخبر"', articleBody: 'نص المقال', description: '', datePublished: '2024-05-20T07:00:00Z', author: 'أحمد، سارة' });
  });
  it('reads JSON as CMSs write it: raw line breaks in strings, trailing commas', () => {
    const data = readStructuredData(page('{"@type":"Article","headline":"سطر\nثان","articleBody":"نص",}'));
    expect(data?.headline).toBe('سطر ثان');
  });
  it('is null for a page without an article in its JSON-LD, or with broken JSON', () => {
    expect(readStructuredData(page('{"@type":"Organization","name":"x"}'))).toBeNull();
    expect(readStructuredData(page('{not json'))).toBeNull();
  });
});
