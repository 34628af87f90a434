import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../../../utils/extract/cleanup/links';

const PAGE = 'https://www.youm7.com/story/2024/5/20/story/6574622';
const target = (href: string) => {
  const { document } = new JSDOM(`<a href="${href}">x</a>`, { url: PAGE }).window;
  return linkTarget(document.querySelector('a')!, PAGE);
};

describe('linkTarget', () => {
  it('tells another page of the site from the page itself', () => {
    expect(target('/story/2024/5/19/other/6574000')).toBe('same-site');
    expect(target('https://m.youm7.com/Section/97')).toBe('same-site');
    expect(target(PAGE + '/')).toBe('self');
    expect(target('https://www.reuters.com/world/')).toBe('elsewhere');
  });
  it('sees social services and share endpoints, whatever the host', () => {
    expect(target('https://t.me/youm7')).toBe('social');
    expect(target('https://api.whatsapp.com/send?text=x')).toBe('social');
    expect(target('https://news.google.com/publications/CAAq')).toBe('social');
    expect(target('https://www.facebook.com/sharer/sharer.php?u=x')).toBe('social');
    expect(target('/share?url=https%3A%2F%2Fx')).toBe('social');
    expect(target('mailto:?subject=خبر&body=x')).toBe('social');
  });
  it('sees controls written as links', () => {
    expect(target('#')).toBe('nowhere');
    expect(target('javascript:void(0)')).toBe('nowhere');
    expect(target('mailto:editor@example.com')).toBe('elsewhere');
  });
});
