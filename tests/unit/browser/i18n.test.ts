import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, uiDirection, uiLanguage } from '../../../utils/browser/i18n';
import { READER_STRINGS } from '../../../utils/contract';

/** The browser's bundle as getMessage serves it: an Arabic UI. */
const BUNDLE: Record<string, string> = { uiLanguage: 'ar', appName: 'قارئ', reason_no_article: 'لا مقال في {site}' };
const scope = globalThis as Record<string, unknown>;

function serveBundle() {
  return vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => BUNDLE[key] ?? '');
}

afterEach(() => {
  delete scope[READER_STRINGS];
});

describe('t', () => {
  it("reads the browser's bundle, placeholders filled", () => {
    serveBundle();
    expect(t('appName')).toBe('قارئ');
    expect(t('reason_no_article', { site: 'isna.ir' })).toBe('لا مقال في isna.ir');
    expect(uiLanguage()).toBe('ar');
    expect(uiDirection()).toBe('rtl');
  });

  it('takes the strings the background handed to the reader, without asking the browser', () => {
    const getMessage = serveBundle();
    scope[READER_STRINGS] = { uiLanguage: 'en', appName: 'Qari', reason_no_article: 'No article on {site}' };
    expect(t('appName')).toBe('Qari');
    expect(t('reason_no_article', { site: 'isna.ir' })).toBe('No article on isna.ir');
    expect(uiDirection()).toBe('ltr');
    expect(getMessage).not.toHaveBeenCalled();
  });

  it('asks the browser for a string the handed ones lack or hold as something else than text', () => {
    const getMessage = serveBundle();
    scope[READER_STRINGS] = { uiLanguage: 7, appName: '' };
    expect(t('appName')).toBe('قارئ');
    expect(uiLanguage()).toBe('ar');
    expect(getMessage).toHaveBeenCalledTimes(2);
  });

  it('ignores handed strings that are not an object', () => {
    serveBundle();
    scope[READER_STRINGS] = 'appName';
    expect(t('appName')).toBe('قارئ');
  });

  it('gives the key itself when no bundle has the string (outside the extension)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('no extension');
    });
    expect(t('appName')).toBe('appName');
  });
});
