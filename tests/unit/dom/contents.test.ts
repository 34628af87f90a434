import { describe, expect, it } from 'vitest';
import { MIN_HEADINGS, currentHeading, entryOf, headingsOf } from '../../../utils/dom/contents';

describe('headingsOf and entryOf', () => {
  it('finds the h2-h4 with text, in order, each with its own direction and language', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div dir="rtl" lang="ar"><h2>أولاً</h2><p>نص</p><h3> ثانياً  هنا </h3><h4></h4><h5>لا</h5><h2 dir="ltr" lang="en">English part</h2></div>';
    const found = headingsOf(el);
    expect(found.map((h) => h.tagName)).toEqual(['H2', 'H3', 'H2']);
    expect(found.map(entryOf)).toEqual([
      { level: 2, text: 'أولاً', dir: 'rtl', lang: 'ar' },
      { level: 3, text: 'ثانياً هنا', dir: 'rtl', lang: 'ar' },
      { level: 2, text: 'English part', dir: 'ltr', lang: 'en' },
    ]);
    expect(MIN_HEADINGS).toBe(3);
  });
});

describe('currentHeading', () => {
  it('is the last heading at or above the reading line, -1 above the first', () => {
    expect(currentHeading([100, 500, 900], 50)).toBe(-1);
    expect(currentHeading([100, 500, 900], 100)).toBe(0);
    expect(currentHeading([-800, -300, 150], 200)).toBe(2);
    expect(currentHeading([-800, 180, 650], 200)).toBe(1);
    expect(currentHeading([], 200)).toBe(-1);
  });
});
