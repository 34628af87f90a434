import { describe, expect, it } from 'vitest';
import { embedImages, imageDataUrl, readerOf } from '../../../utils/library/images';

const DATA = 'data:image/webp;base64,AAAA';
const html = '<p>نص</p><img src="https://a.example/1.png" srcset="https://a.example/1-2x.png 2x" alt="١"><img src="https://b.example/2.png" alt="٢"><img src="data:image/png;base64,BBBB">';

describe('embedImages', () => {
  it('puts the data of each image it can read in place of its address and drops its srcset', () => {
    const out = embedImages(html, document, (src) => (src === 'https://a.example/1.png' ? DATA : null));
    const doc = new DOMParser().parseFromString(out.html, 'text/html');
    const [a, b, c] = doc.querySelectorAll('img');
    expect(a.getAttribute('src')).toBe(DATA);
    expect(a.hasAttribute('srcset')).toBe(false);
    expect(b.getAttribute('src')).toBe('https://b.example/2.png');
    expect(c.getAttribute('src')).toBe('data:image/png;base64,BBBB');
  });
  it('counts the images kept and those left as links (data already there is neither)', () => {
    const out = embedImages(html, document, (src) => (src === 'https://a.example/1.png' ? DATA : null));
    expect([out.kept, out.missed]).toEqual([1, 1]);
  });
});

describe('imageDataUrl and readerOf', () => {
  it('give nothing for an image that has not loaded', () => {
    const img = document.createElement('img');
    img.src = 'https://a.example/1.png';
    expect(imageDataUrl(img)).toBeNull();
    expect(readerOf([img])('https://a.example/1.png')).toBeNull();
    expect(readerOf([img])('https://elsewhere.example/x.png')).toBeNull();
  });
});
