import { afterEach, describe, expect, test } from 'vitest';
import { holdFocusOff, holdInert, holdPageSheet } from '../../../utils/dom/hold-page';

afterEach(() => {
  document.body.replaceChildren();
  document.body.inert = false;
});

function page() {
  document.body.innerHTML = '<input id="field"><button id="other">x</button>';
  const host = document.createElement('div');
  host.tabIndex = -1;
  document.documentElement.append(host);
  return { field: document.getElementById('field') as HTMLInputElement, other: document.getElementById('other') as HTMLButtonElement, host };
}

describe('what the view holds of the page behind it', () => {
  test('until the page is inert, its focused field lets go at once, and a field a script focuses lets go as it gets it', () => {
    const { field, other, host } = page();
    field.focus();
    expect(document.activeElement).toBe(field);
    const stop = holdFocusOff(document, host);
    expect(document.activeElement).toBe(document.body);
    other.focus();
    expect(document.activeElement).not.toBe(other);
    // The view's own host keeps the focus it takes.
    host.focus();
    expect(document.activeElement).toBe(host);
    stop();
    host.remove();
  });

  test('once stopped, the page has its focus again', () => {
    const { field, host } = page();
    holdFocusOff(document, host)();
    field.focus();
    expect(document.activeElement).toBe(field);
    host.remove();
  });

  test('inertness is given back as it was', () => {
    document.body.inert = false;
    const give = holdInert(document.body);
    expect(document.body.inert).toBe(true);
    give();
    expect(document.body.inert).toBe(false);
  });

  test('the page-level rules stop the page scrolling while held, and go with it', () => {
    const rules = () => [...document.styleSheets, ...(document.adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const give = holdPageSheet(document);
    expect(rules()).toMatch(/overflow: hidden !important/);
    give();
    expect(rules()).not.toMatch(/overflow: hidden/);
  });
});
