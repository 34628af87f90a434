import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { safeSrcset, safeUrl, sanitizeInPlace, sanitizeToFragment } from '../../utils/sanitize';

const BASE = 'https://news.example/2021/06/article.html';

function sanitized(html: string): HTMLElement {
  const { document } = new JSDOM('<div id="root"></div>').window;
  const root = document.getElementById('root')!;
  root.innerHTML = html;
  sanitizeInPlace(root, BASE);
  return root;
}

describe('sanitizeInPlace', () => {
  it('drops scripts, styles, forms, frames, objects, embeds, meta, link and base', () => {
    const root = sanitized(
      '<p>نص</p><script>alert(1)</script><style>p{}</style><form><input><button>x</button><textarea>t</textarea><select><option>o</option></select></form><iframe src="https://x.test"></iframe><object data="x"></object><embed src="x"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="x.css"><base href="https://evil.test/">',
    );
    expect(root.querySelector('script, style, form, input, button, textarea, select, option, iframe, object, embed, meta, link, base')).toBeNull();
    expect(root.textContent).toBe('نص');
  });

  it('drops event handlers, style, class and id attributes', () => {
    const root = sanitized('<p onclick="x()" style="color:red" class="c" id="i" onmouseover="y()">نص</p><img src="a.png" onerror="z()">');
    const html = root.innerHTML;
    expect(html).not.toMatch(/on\w+=|style=|class=|id=/);
  });

  it('keeps only http(s) and mailto links, made absolute and opening in a new tab', () => {
    const root = sanitized(
      '<a href="/other">a</a><a href="mailto:x@y.test">b</a><a href="javascript:alert(1)">c</a><a href="vbscript:x">d</a><a href="data:text/html,x">e</a><a href=" JaVaScRiPt:alert(1)">f</a>',
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.example/other', 'mailto:x@y.test', null, null, null, null]);
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[2].hasAttribute('target')).toBe(false);
  });

  it('keeps http(s) and raster data images, absolute, srcset included', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const root = sanitized(
      `<img src="img/a.png" srcset="img/a-2x.png 2x, javascript:x 3x" alt="صورة"><img src="${png}"><img src="data:text/html,x"><img src="javascript:x"><img src="data:image/svg+xml,<svg onload=x>">`,
    );
    const imgs = [...root.querySelectorAll('img')];
    expect(imgs[0].getAttribute('src')).toBe('https://news.example/2021/06/img/a.png');
    expect(imgs[0].getAttribute('srcset')).toBe('https://news.example/2021/06/img/a-2x.png 2x');
    expect(imgs[0].getAttribute('alt')).toBe('صورة');
    expect(imgs[1].getAttribute('src')).toBe(png);
    expect(imgs.slice(2).map((i) => i.getAttribute('src'))).toEqual([null, null, null]);
  });

  it('keeps figures, captions, tables, blockquotes and dir/lang', () => {
    const root = sanitized(
      '<figure><img src="a.png"><figcaption dir="auto">تعليق</figcaption></figure><table><caption>جدول</caption><tbody><tr><th scope="col">أ</th><td colspan="2">ب</td></tr></tbody></table><blockquote lang="en" dir="ltr"><p>quote</p></blockquote>',
    );
    expect(root.querySelector('figure > figcaption')?.getAttribute('dir')).toBe('auto');
    expect(root.querySelector('table caption')?.textContent).toBe('جدول');
    expect(root.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(root.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
  });

  it('drops SVG and MathML with their content', () => {
    const root = sanitized('<p>أ</p><svg><script>x</script><a href="javascript:x"><text>t</text></a></svg><math><mi>x</mi></math>');
    expect(root.innerHTML).toBe('<p>أ</p>');
  });
});

describe('sanitizeToFragment', () => {
  it('returns an inert fragment, and no image sources when images are off', () => {
    const { document } = new JSDOM('').window;
    const fragment = sanitizeToFragment('<p>نص <img src="https://x.test/a.png" srcset="https://x.test/b.png 2x" alt="صورة"></p>', BASE, document, { images: false });
    const img = fragment.querySelector('img')!;
    expect(img.hasAttribute('src')).toBe(false);
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(img.getAttribute('alt')).toBe('صورة');
  });
});

describe('safeUrl and safeSrcset', () => {
  it('resolves and filters', () => {
    expect(safeUrl('../x', BASE, 'link')).toBe('https://news.example/2021/x');
    expect(safeUrl('mailto:a@b.c', BASE, 'image')).toBeNull();
    expect(safeUrl('ftp://x', BASE, 'link')).toBeNull();
    expect(safeSrcset('a.jpg 1x,b.jpg 2x', BASE)).toBe('https://news.example/2021/06/a.jpg 1x, https://news.example/2021/06/b.jpg 2x');
  });
});

describe('dangling markup', () => {
  it('refuses an image address that swallowed the page (a line break and a <), as Chromium does', () => {
    const root = sanitized("<img src='/x?leak=\n<p class=\"secret\">رمز</p>' alt=''><img src=\"https://x.test/a.png?q=%3Cp%3E\">");
    for (const img of root.querySelectorAll('img')) expect(img.hasAttribute('src')).toBe(false);
  });
  it('keeps ordinary addresses with line breaks or encoded characters', () => {
    expect(safeUrl('https://x.test/a\nb.png', BASE, 'image')).toBe('https://x.test/ab.png');
    expect(safeUrl('https://x.test/%D8%A7.png', BASE, 'image')).toBe('https://x.test/%D8%A7.png');
  });
});
