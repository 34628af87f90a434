import { describe, expect, it } from 'vitest';
import { recordsFor } from '../../../utils/library/record';
import { cleanSaved, savedProblem, validPosition } from '../../../utils/library/validate';
import { article } from './fixtures';

const sound = () => JSON.parse(JSON.stringify(recordsFor(article(), [], 1000).saved));

describe('savedProblem', () => {
  it('passes a sound saved article', () => {
    expect(savedProblem(sound())).toBeNull();
  });
  it('names the field that is wrong', () => {
    const cases: Array<[(v: ReturnType<typeof sound>) => void, string]> = [
      [(v) => (v.article.dir = 'up'), 'article.dir'],
      [(v) => (v.article.title = 7), 'article.title'],
      [(v) => (v.article.url = 'file:///etc/passwd'), 'article.url'],
      [(v) => (v.article.lang = 'ar"><script>'), 'article.lang'],
      [(v) => (v.article.wordCount = -1), 'article.wordCount'],
      [(v) => (v.article.blocks = [1]), 'article.blocks'],
      [(v) => (v.savedAt = 'today'), 'savedAt'],
      [(v) => (v.quotes = {}), 'quotes'],
      [(v) => delete v.article, 'article'],
    ];
    for (const [spoil, field] of cases) {
      const v = sound();
      spoil(v);
      expect(savedProblem(v)).toBe(field);
    }
  });
  it('refuses what is not an object', () => {
    expect(savedProblem(null)).toBe('article');
    expect(savedProblem([1])).toBe('article');
  });
});

describe('cleanSaved and validPosition', () => {
  it('rebuilds a saved article from its known fields only', () => {
    const v = { ...sound(), extra: 1 };
    v.article.extra = 2;
    const clean = cleanSaved(v, 'id');
    expect(clean).not.toHaveProperty('extra');
    expect(clean.article).not.toHaveProperty('extra');
    expect(clean.id).toBe('id');
  });
  it('takes a position only with a fraction from 0 to 1 and a block count', () => {
    expect(validPosition({ fraction: 0.5, block: 2 })).toEqual({ fraction: 0.5, block: 2 });
    expect(validPosition({ fraction: 1.5, block: 2 })).toBeNull();
    expect(validPosition({ fraction: 0.5, block: -1 })).toBeNull();
    expect(validPosition(null)).toBeNull();
  });
});
