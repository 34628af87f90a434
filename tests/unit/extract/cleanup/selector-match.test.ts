import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileSelector } from '../../../../utils/extract/cleanup/selector-match';

describe('compileSelector', () => {
  it('reads the four forms the rules use and refuses any other', () => {
    const test = compileSelector('#a, .b, [data-x="y"], [class*="promo"]');
    const el = (html: string) => new JSDOM(html).window.document.body.firstElementChild!;
    expect(test(el('<div id="a"></div>'))).toBe(true);
    expect(test(el('<div class="x b"></div>'))).toBe(true);
    expect(test(el('<div data-x="y"></div>'))).toBe(true);
    expect(test(el('<div class="bbc-podcast-promo"></div>'))).toBe(true);
    expect(test(el('<div class="bb" id="aa" data-x="yy"></div>'))).toBe(false);
    expect(() => compileSelector('div > .a')).toThrow(/Unsupported/);
  });
});
