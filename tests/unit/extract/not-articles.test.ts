import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract';
import { FIXTURES } from '../paths';

function extractFile(name: string) {
  const html = readFileSync(join(FIXTURES, 'not-articles', name), 'utf8');
  const { document } = new JSDOM(html, { url: `http://127.0.0.1/not-articles/${name}` }).window;
  return extractArticle(document);
}

describe('pages that are not articles get a reason, never an article', () => {
  it.each([
    ['search.html', 'no-article'],
    ['empty.html', 'no-article'],
    ['images-only.html', 'too-short'],
    ['login.html', 'too-short'],
    ['frameset.html', 'frameset'],
  ])('%s → %s', (file, reason) => {
    expect(extractFile(file)).toEqual({ ok: false, reason });
  });

  it('an image or a PDF is not an HTML page', () => {
    const { document } = new JSDOM('<embed type="application/pdf" src="a.pdf">').window;
    Object.defineProperty(document, 'contentType', { value: 'application/pdf' });
    expect(extractArticle(document)).toEqual({ ok: false, reason: 'not-html' });
  });
});
