import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hiddenClasses } from '../../../utils/extract/hidden-classes';

const classes = (css: string) => [...hiddenClasses(new JSDOM(`<head><style>${css}</style></head><body></body>`).window.document)].sort();

describe('hiddenClasses', () => {
  it('finds what the page hides on a desktop: display none, hidden, screen-reader only', () => {
    expect(classes('.hide_desk{display:none}@media(max-width:600px){.hide_desk{display:block}} .sr-only{position:absolute;width:1px;height:1px;overflow:hidden} .x{visibility:hidden}')).toEqual(['hide_desk', 'sr-only', 'x']);
  });
  it('leaves out what a desktop-wide media query shows, and selectors that are not one class', () => {
    expect(classes('.desk-only{display:none}@media(min-width:992px){.desk-only{display:block}} .menu li{display:none} #ad{display:none}')).toEqual([]);
  });
});
