import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markFormBoxes } from '../../../../utils/extract/cleanup/form-boxes';
import { FILLER, clean } from './clean';

describe('boxes built around a form field', () => {
  it('marks the box around a sign-up form, not the page around it', () => {
    const { document } = new JSDOM(`<body><div id="box"><p>הירשמו לניוזלטר</p><form><input type="email"><input type="hidden" name="t"></form></div></body>`).window;
    markFormBoxes(document);
    expect(document.getElementById('box')!.hasAttribute('data-qari-form-box')).toBe(true);
    expect(document.body.hasAttribute('data-qari-form-box')).toBe(false);
  });
  it('removes a marked box whose labels hold no running text, and keeps one around real text', () => {
    const gone = clean('<div data-qari-form-box><p>الدیور بإسرائيل أسبوعياً</p><p>اشترك في النشرة</p></div>');
    expect(gone.text.split('\n')).toEqual([FILLER, FILLER]);
    const kept = clean(`<div data-qari-form-box><p>${FILLER} ${FILLER}</p></div>`);
    expect(kept.text.split('\n')).toHaveLength(3);
  });
});
