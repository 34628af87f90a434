import { describe, expect, it } from 'vitest';
import { restrictionOfError, restrictionOfUrl } from '../../utils/restricted';

/*
 * The addresses and the errors Chromium 156 gives for the pages of
 * tests/e2e/not-articles.spec.ts. The browser tests run the test build, which
 * often cannot see a tab's address; in the shipped build the click that opens
 * the popup (or the shortcut) grants activeTab, which reveals it. These cases
 * cover that path.
 */

/** What `scripting.executeScript` rejects with, as seen in Chromium 156. */
const CHROMIUM = {
  chromePage: 'Cannot access a chrome:// URL',
  gallery: 'The extensions gallery cannot be scripted.',
  noHost: 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
  fileUrl: 'Cannot access contents of url "file:///home/u/news.html". Extension manifest must request permission to access this host.',
};

describe('restrictionOfUrl tells the refused pages by their address', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/detail/x', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['https://addons.mozilla.org/ar/firefox/addon/x/', 'web-store'],
    ['http://127.0.0.1:8080/not-articles/document.pdf', 'pdf'],
    ['https://example.com/report.PDF?download=1', 'pdf'],
    ['view-source:http://127.0.0.1:8080/pages/isna-wordpress.html', 'view-source'],
  ])('%s → %s', (url, restriction) => {
    expect(restrictionOfUrl(url)).toBe(restriction);
  });

  it.each([
    ['https://www.aljazeera.net/news/2024/1/1/x', null],
    ['http://127.0.0.1:8080/pages/isna-wordpress.html', null],
    // A file is judged by the error executeScript gives (file access may be on).
    ['file:///home/u/news.html', null],
    [undefined, null],
  ])('%s → %s', (url, restriction) => {
    expect(restrictionOfUrl(url)).toBe(restriction);
  });
});

describe("restrictionOfError reads Chromium's refusals", () => {
  it('a chrome:// page is a browser page', () => expect(restrictionOfError(CHROMIUM.chromePage)).toBe('browser-page'));
  it('the store is the store, even on its error page where the address is hidden', () => expect(restrictionOfError(CHROMIUM.gallery)).toBe('web-store'));
  it('a file whose address the click revealed asks for file access (the shipped build)', () => {
    expect(restrictionOfError(CHROMIUM.noHost, 'file:///home/u/news.html')).toBe('file');
    expect(restrictionOfError(CHROMIUM.fileUrl, 'file:///home/u/news.html')).toBe('file');
  });
  it('a file named only in the error still asks for file access', () => expect(restrictionOfError(CHROMIUM.fileUrl)).toBe('file'));
  it('a page whose address is hidden and not named is a page Qari was not given (the test build on file://)', () =>
    expect(restrictionOfError(CHROMIUM.noHost)).toBe('no-permission'));
  it('a refused PDF address stays a PDF', () => expect(restrictionOfError(CHROMIUM.noHost, 'https://example.com/a.pdf')).toBe('pdf'));
});
