import { describe, expect, it } from 'vitest';
import { BLOCK_ATTR, editBlocks, markEditBlocks } from '../../../utils/sites/edit-blocks';

const root = (html: string) => Object.assign(document.createElement('div'), { innerHTML: html });

describe('editBlocks', () => {
  it('looks through the body’s wrappers to its paragraphs, headings, lists and boxes', () => {
    const el = root(`<div class="entry"><h2>عنوان فرعي</h2><p>فقرة أولى من المقال.</p><p>فقرة ثانية.</p><ul><li>بند</li></ul>
      <div class="box"><h4>عن الكاتب</h4><p>سيرة قصيرة</p></div></div>`);
    expect(editBlocks(el).map((b) => b.tagName + (b.className ? `.${b.className}` : ''))).toEqual(['H2', 'P', 'P', 'UL', 'DIV.box']);
  });
  it('gives blocks in document order across wrappers, and skips empty ones', () => {
    const el = root('<section><p>أ</p><p>ب</p><p>ج</p><p>د</p></section><p></p><div><p>هـ</p></div>');
    expect(editBlocks(el).map((b) => b.textContent)).toEqual(['أ', 'ب', 'ج', 'د', 'هـ']);
  });
  it('keeps a figure with its image as one block', () => {
    const el = root('<div><p>نص طويل بما يكفي</p><figure><img src="a.png" alt=""><figcaption>تعليق</figcaption></figure></div>');
    expect(editBlocks(el).map((b) => b.tagName)).toEqual(['P', 'FIGURE']);
  });
});

describe('markEditBlocks', () => {
  it('numbers each block and gives its selector, replacing numbers the page wrote', () => {
    const el = root(`<div class="entry-content"><p ${BLOCK_ATTR}="7">فقرة</p><aside class="promo-box">اشترك</aside></div>`);
    expect(markEditBlocks(el)).toEqual(['.entry-content > p', '.promo-box']);
    expect(Array.from(el.querySelectorAll(`[${BLOCK_ATTR}]`)).map((b) => b.getAttribute(BLOCK_ATTR))).toEqual(['0', '1']);
  });
  it('marks at most 2,000 blocks of a huge page', () => {
    const el = root(`<div>${'<p>سطر</p>'.repeat(2500)}</div>`);
    expect(markEditBlocks(el)).toHaveLength(2000);
  });
});
