import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { closestOf, descendants, elementsByTags, firstDescendant, hasDescendant, listOf } from '../../../utils/dom/walk';
import { textOf, textStart } from '../../../utils/dom/blocks';

const doc = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

describe('descendants and firstDescendant', () => {
  it('give the elements under a root in document order, not the root, and stop at the first match', () => {
    const d = doc('<div id="r"><p id="a"><b id="b"></b></p><p id="c"></p></div>');
    const root = d.getElementById('r')!;
    expect(descendants(root).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(firstDescendant(root, (e) => e.tagName === 'P')?.id).toBe('a');
    expect(firstDescendant(root, (e) => e.tagName === 'TABLE')).toBeNull();
  });
});

describe('listOf and elementsByTags', () => {
  it('copy a live collection whole, in document order, whatever names its elements carry', () => {
    // An element named "length" must not stand in for the collection's length.
    const d = doc('<a id="length" href="/1">1</a><p><a name="item" href="/2">2</a></p><a href="/3">3</a>');
    expect(listOf(d.getElementsByTagName('a')).map((a) => a.textContent)).toEqual(['1', '2', '3']);
    expect(elementsByTags(d, 'A', 'P').map((e) => e.tagName)).toEqual(['A', 'A', 'A', 'P']);
  });
  it('keep only HTML elements of the tag, as the upper-case name says', () => {
    const d = doc('<svg><a href="#x"></a></svg><a href="/y"></a>');
    expect(elementsByTags(d, 'A')).toHaveLength(1);
  });
});

describe('closestOf', () => {
  it('finds the element itself or its nearest ancestor of one of the names, as closest() does', () => {
    const d = doc('<ul><li><a href="/x"><b id="b">x</b></a></li></ul>');
    const b = d.getElementById('b')!;
    expect(closestOf(b, 'a')).toBe(b.closest('a'));
    expect(closestOf(b, 'ol', 'ul')).toBe(b.closest('ol, ul'));
    expect(closestOf(b, 'b')).toBe(b);
    expect(closestOf(b, 'table')).toBeNull();
  });
  it('matches SVG elements of the same local name, as a type selector does', () => {
    const d = doc('<svg><a href="#x"><text id="t">x</text></a></svg>');
    const t = d.getElementById('t')!;
    expect(closestOf(t, 'a')).toBe(t.closest('a'));
    expect(closestOf(t, 'a')).not.toBeNull();
  });
});

describe('hasDescendant', () => {
  it('says whether querySelector would find an element of one of the names below, never the element itself', () => {
    const d = doc('<div id="d"><p><img src="/i.png"></p></div><blockquote id="q">x</blockquote>');
    const div = d.getElementById('d')!;
    expect(hasDescendant(div, 'img')).toBe(true);
    expect(hasDescendant(div, 'table', 'blockquote')).toBe(false);
    expect(hasDescendant(d.getElementById('q')!, 'blockquote')).toBe(false);
    expect(hasDescendant(d.body, 'table', 'blockquote')).toBe(d.body.querySelector('table, blockquote') !== null);
  });
});

describe('textStart', () => {
  it('is the start of textContent, as long as asked or all there is', () => {
    const d = doc('<article id="r"><h1>عنوان</h1><p>الفقرة <b>الأولى</b> هنا</p><!-- ملاحظة --><p>الثانية</p></article>');
    const root = d.getElementById('r')!;
    const whole = root.textContent!;
    for (const length of [0, 1, 5, 9, 12, whole.length - 1, whole.length, whole.length + 10]) expect(textStart(root, length)).toBe(whole.slice(0, length));
    expect(textStart(d.createElement('div'), 10)).toBe('');
  });
});

describe('textOf', () => {
  it('collapses white space as `replace(/\\s+/g, " ").trim()` does, with or without runs to collapse', () => {
    const d = doc('');
    for (const text of ['', ' ', 'كلمة', ' كلمة ', 'كلمة  أخرى', 'a b c', 'a\nb', 'a\u00a0b', ' \t a \u2003 b\n', 'a \u200fb', 'a\u200bb']) {
      const p = d.createElement('p');
      p.textContent = text;
      expect(textOf(p), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});
