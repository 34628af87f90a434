import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../utils/highlights/highlight';
import { libraryFile, parseLibraryFile } from '../../../utils/library/file';
import { recordsFor } from '../../../utils/library/record';
import { article } from './fixtures';

const first = recordsFor(article(), [{ text: 'روسيا ستفعل ذلك', kind: 'speech', speaker: 'بوتين', role: '', inferred: false }], 1000);
const second = recordsFor(article({ url: 'https://other.example/b', title: 'مقال آخر' }), [], 2000);
first.entry.read = true;
first.entry.position = { fraction: 0.4, block: 3 };
const mark = (id: string, url: string, note = ''): Highlight => ({
  id,
  url,
  color: 'green',
  note,
  anchor: { quote: { exact: 'ستفعل ذلك', prefix: 'روسيا ', suffix: '' }, start: 6, end: 15 },
  created: 1500,
  updated: 1600,
});
// Two on the first saved article, one on a page that was never saved (highlights of live pages travel too).
const highlights = [mark('h1', first.entry.id, 'ملاحظة'), mark('h2', first.entry.id), mark('h3', 'https://live.example/c')];
const text = libraryFile([first.saved, second.saved], [first.entry, second.entry], highlights, 3000);

describe('libraryFile and parseLibraryFile', () => {
  it('read back the articles they wrote, with their read marks and positions', () => {
    const parsed = parseLibraryFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => r.saved)).toEqual([first.saved, second.saved]);
    // Sizes are measured again on import (the read mark and the position were set after the first measure).
    const noSize = ({ bytes: _, ...e }: { bytes: number }) => e;
    expect(parsed.records.map((r) => noSize(r.entry))).toEqual([{ ...noSize(first.entry), highlightCount: 2 }, noSize(second.entry)]);
  });
  it('read back every highlight and note, and count the highlights of each saved article', () => {
    const parsed = parseLibraryFile(text);
    expect(parsed.ok && parsed.highlights).toEqual(highlights);
    expect(parsed.ok && parsed.records.map((r) => r.entry.highlightCount)).toEqual([2, 0]);
  });
  it('read a file without a highlights section as one without highlights', () => {
    const { highlights: _, ...older } = JSON.parse(text);
    const parsed = parseLibraryFile(JSON.stringify(older));
    expect(parsed.ok && parsed.highlights).toEqual([]);
  });
  it('refuse the whole file for one damaged highlight, naming it, and keep only the fields a highlight has', () => {
    const damaged = JSON.parse(text);
    damaged.highlights[2].color = 'red';
    expect(parseLibraryFile(JSON.stringify(damaged))).toEqual({ ok: false, problem: 'bad-highlight', highlight: 3 });
    const notList = { ...JSON.parse(text), highlights: {} };
    expect(parseLibraryFile(JSON.stringify(notList))).toEqual({ ok: false, problem: 'not-ours' });
    const extra = JSON.parse(text);
    extra.highlights[0].onclick = 'x';
    extra.highlights[0].anchor.quote.html = '<img onerror=alert(1)>';
    const parsed = parseLibraryFile(JSON.stringify(extra));
    expect(parsed.ok && parsed.highlights[0]).toEqual(highlights[0]);
  });
  it('write a versioned file whose sections have names', () => {
    expect(JSON.parse(text)).toMatchObject({ format: 'qari-library', version: 1, exportedAt: 3000, articles: [{ read: true }, { read: false }], highlights: [{ id: 'h1' }, { id: 'h2' }, { id: 'h3' }] });
  });
  it('refuse what is not JSON, or not a library file, or of another version', () => {
    expect(parseLibraryFile(text.slice(0, 100))).toEqual({ ok: false, problem: 'not-json' });
    expect(parseLibraryFile('{"format": "qari-site-rules", "version": 1, "rules": []}')).toEqual({ ok: false, problem: 'not-ours' });
    expect(parseLibraryFile(JSON.stringify({ ...JSON.parse(text), version: 2 }))).toEqual({ ok: false, problem: 'version' });
  });
  it('refuse the whole file for one damaged article, naming the article and the field', () => {
    const damaged = JSON.parse(text);
    damaged.articles[1].article.url = 'javascript:alert(1)';
    expect(parseLibraryFile(JSON.stringify(damaged))).toEqual({ ok: false, problem: 'bad-article', article: 2, field: 'article.url' });
    const quote = JSON.parse(text);
    quote.articles[0].quotes[0].kind = 'shout';
    expect(parseLibraryFile(JSON.stringify(quote))).toEqual({ ok: false, problem: 'bad-article', article: 1, field: 'quotes.1.kind' });
    const position = JSON.parse(text);
    position.articles[0].position = { fraction: 3, block: 1 };
    expect(parseLibraryFile(JSON.stringify(position))).toEqual({ ok: false, problem: 'bad-article', article: 1, field: 'position' });
    const read = JSON.parse(text);
    read.articles[0].read = 'yes';
    expect(parseLibraryFile(JSON.stringify(read))).toEqual({ ok: false, problem: 'bad-article', article: 1, field: 'read' });
  });
  it('refuse a file holding the same article twice', () => {
    const twice = JSON.parse(text);
    twice.articles.push({ ...twice.articles[0], article: { ...twice.articles[0].article, url: `${twice.articles[0].article.url}#again` } });
    expect(parseLibraryFile(JSON.stringify(twice))).toEqual({ ok: false, problem: 'duplicate', article: 3 });
  });
  it('take only the fields it knows from an article', () => {
    const extra = JSON.parse(text);
    extra.articles[0].article.onload = 'x';
    extra.articles[0].evil = true;
    const parsed = parseLibraryFile(JSON.stringify(extra));
    expect(parsed.ok && parsed.records[0].saved.article).not.toHaveProperty('onload');
    expect(parsed.ok && parsed.records[0].saved).not.toHaveProperty('evil');
  });
});
