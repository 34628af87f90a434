import { describe, expect, it } from 'vitest';
import { MAX_SITE_DIRECTIONS, SITE_DIRECTIONS } from '../../../utils/prefs/schema';
import { flipSite, forgetSite, shownDirection, siteOf } from '../../../utils/prefs/sites';

const URL_ = 'https://www.Example.com/news/1?x=2';

describe('siteOf', () => {
  it('is the host name, lower case, without www.', () => {
    expect(siteOf(URL_)).toBe('example.com');
    expect(siteOf('http://127.0.0.1:4000/pages/a.html')).toBe('127.0.0.1');
    expect(siteOf('https://WWW.Alwadi-News.example/2026/a')).toBe('alwadi-news.example');
  });
  it('is nothing for what is not a web page', () => {
    expect(siteOf('file:///tmp/a.html')).toBe('');
    expect(siteOf('chrome://settings')).toBe('');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('the flip control', () => {
  it('shows the direction set for the site, else the article’s own', () => {
    expect(shownDirection({}, URL_, 'rtl')).toBe('rtl');
    expect(shownDirection({ 'example.com': 'ltr' }, URL_, 'rtl')).toBe('ltr');
    expect(shownDirection({ 'example.com': 'ltr' }, 'https://other.example/', 'rtl')).toBe('rtl');
  });
  it('remembers the other direction for the site, and forgets it on flipping back', () => {
    const once = flipSite({}, URL_, 'rtl');
    expect(once).toEqual({ 'example.com': 'ltr' });
    expect(flipSite(once, URL_, 'rtl')).toEqual({});
    // Another article of the same site, laid out left to right by itself: a flip sets rtl.
    expect(flipSite(once, 'https://example.com/en/2', 'ltr')).toEqual({ 'example.com': 'rtl' });
  });
  it('keeps what it stores valid, and at most MAX_SITE_DIRECTIONS sites (the oldest go)', () => {
    let sites = {};
    for (let i = 0; i <= MAX_SITE_DIRECTIONS; i++) sites = flipSite(sites, `https://site${i}.example/`, 'rtl');
    expect(Object.keys(sites)).toHaveLength(MAX_SITE_DIRECTIONS);
    expect(sites).not.toHaveProperty('site0.example');
    expect(sites).toHaveProperty(`site${MAX_SITE_DIRECTIONS}.example`);
    expect(SITE_DIRECTIONS.valid(sites)).toBe(true);
  });
  it('leaves a page with no site alone', () => {
    expect(flipSite({}, 'file:///a.html', 'rtl')).toEqual({});
  });
  it('forgets one site', () => {
    expect(forgetSite({ 'a.example': 'ltr', 'b.example': 'rtl' }, 'a.example')).toEqual({ 'b.example': 'rtl' });
  });
  it('refuses a stored value that is not sites and directions', () => {
    expect(SITE_DIRECTIONS.valid({ 'a.example': 'up' })).toBe(false);
    expect(SITE_DIRECTIONS.valid({ '<script>': 'rtl' })).toBe(false);
    expect(SITE_DIRECTIONS.valid([])).toBe(false);
  });
});
