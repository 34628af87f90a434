import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { HIDDEN_RULE, SELECTOR_RULES, TEXT_RULES } from '../../../../utils/extract/cleanup/boilerplate';
import { cleanArticle } from '../../../../utils/extract/cleanup/cleanup';
import { FIXTURES, corpusPages } from '../../paths';
import { FILLER, clean } from './clean';

describe('every text rule', () => {
  for (const rule of TEXT_RULES) {
    describe(rule.id, () => {
      for (const example of rule.removes) {
        it(`removes «${example}»`, () => {
          const { text, result } = clean(`<p>${example}</p>`);
          expect(text).not.toContain(example);
          expect(text).toContain(FILLER);
          expect(result.fired).toContain(rule.id);
        });
      }
      for (const sentence of rule.keeps) {
        it(`keeps the real sentence «${sentence.slice(0, 40)}…»`, () => {
          const { text } = clean(`<p>${sentence}</p>`);
          expect(text).toContain(sentence);
        });
      }
    });
  }
});

describe('selector rules', () => {
  for (const rule of [...SELECTOR_RULES, HIDDEN_RULE]) {
    it(`${rule.id} removes its example box`, () => {
      const { text, result } = clean(rule.example);
      expect(text.split('\n').filter((l) => l !== 'قال المتحدث')).toEqual([FILLER, FILLER]);
      expect(result.fired).toContain(rule.id);
    });
  }
});

describe('the fixture pages and our own corpus', () => {
  // Parses some sixty pages with jsdom: seconds on a busy machine.
  const TIMEOUT = 180_000;
  it('exercise every text rule and every selector rule at least once', () => {
    const dir = join(FIXTURES, 'pages');
    const pages = [
      ...readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => ({ file: join(dir, f), url: 'https://example.com/a' })),
      ...corpusPages().map((p) => ({ file: join(p.dir, 'source.html'), url: p.url })),
    ];
    const fired = new Set<string>();
    for (const page of pages) {
      const { document } = new JSDOM(readFileSync(page.file, 'utf8'), { url: page.url }).window;
      const parsed = new Readability<Element>(document, { keepClasses: true, serializer: (el) => el as Element }).parse();
      if (parsed?.content) cleanArticle(parsed.content, { title: parsed.title ?? '', byline: parsed.byline ?? '', url: page.url }).fired.forEach((id) => fired.add(id));
    }
    const rules = [...TEXT_RULES.map((r) => r.id), ...SELECTOR_RULES.map((r) => r.id), HIDDEN_RULE.id, 'source-line'];
    const missing = rules.filter((id) => !fired.has(id));
    expect(missing, `fired: ${[...fired].join(', ')}`).toEqual([]);
  }, TIMEOUT);
});
