import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isPlaceholder, repairLazyImages } from '../../../utils/extract/lazy-images';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20700%20400'%3E%3C/svg%3E";

const repaired = (html: string) => {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  repairLazyImages(document);
  return document.body;
};

describe('lazy images', () => {
  it('moves the real address into place over a 1×1 GIF or an empty SVG (WP Rocket, lazysizes, tagDiv)', () => {
    const body = repaired(`<img src="${SVG}" data-lazy-src="img/petrol.jpg"><img src="${GIF}" data-src="/img/a.jpg" data-srcset="/img/a-640.jpg 640w, /img/a-1280.jpg 1280w"><picture><source data-srcset="/img/b.webp"><img data-original="/img/b.jpg"></picture>`);
    const [a, b, c] = Array.from(body.querySelectorAll('img'));
    expect(a.getAttribute('src')).toBe('img/petrol.jpg');
    expect(b.getAttribute('src')).toBe('/img/a.jpg');
    expect(b.getAttribute('srcset')).toBe('/img/a-640.jpg 640w, /img/a-1280.jpg 1280w');
    expect(body.querySelector('source')!.getAttribute('srcset')).toBe('/img/b.webp');
    expect(c.getAttribute('src')).toBe('/img/b.jpg');
  });
  it('leaves a real picture alone, and takes the placeholder off an image with no real address', () => {
    const body = repaired(`<img src="/img/real.jpg" data-src="/img/other.jpg"><img src="${GIF}">`);
    const [real, empty] = Array.from(body.querySelectorAll('img'));
    expect(real.getAttribute('src')).toBe('/img/real.jpg');
    expect(empty.hasAttribute('src')).toBe(false);
  });
  it('knows a placeholder by its size, its type or its name', () => {
    expect(isPlaceholder(GIF)).toBe(true);
    expect(isPlaceholder(SVG)).toBe(true);
    expect(isPlaceholder('/wp-content/themes/x/images/blank.gif')).toBe(true);
    expect(isPlaceholder('/uploads/2024/05/lazy-placeholder.png')).toBe(true);
    expect(isPlaceholder('/uploads/2024/05/dam.jpg')).toBe(false);
  });
});
