import { describe, expect, it } from 'vitest';
import { FILLER, clean, rulesOf } from './clean';

const links = '<ul><li><a href="/tag/a">زلزال</a></li><li><a href="/tag/b">إيران</a></li></ul>';

describe('labels left with nothing to label', () => {
  it('removes the heading of a box whose links went, in any words', () => {
    for (const label of ['مواضيع:', 'נושאים קשורים', 'More from World']) {
      const { text, result } = clean(`<div><h4>${label}</h4>${links}</div>`);
      expect(text.split('\n')).toEqual([FILLER, FILLER]);
      expect(rulesOf(result)).toContain('orphan-label');
    }
  });
  it('removes a lead-in standing just before where the box stood, with nothing after it', () => {
    const again = clean(`<p>تگ‌ها:</p>${links}<h3>عنوان فرعي</h3>`);
    expect(again.text).not.toContain('تگ‌ها');
    expect(again.text).toContain('عنوان فرعي');
  });
  it('keeps a subheading whose section goes on after a removed box', () => {
    const { text } = clean(`<h3>خلفية الأزمة</h3>${links}<p>${FILLER}</p>`);
    expect(text).toContain('خلفية الأزمة');
  });
});
