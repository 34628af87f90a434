import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeShownText } from '../../../../utils/extract/cleanup/entities';

describe('decodeShownText', () => {
  it('decodes references shown as text in the body and in alt text, as text', () => {
    const { document } = new JSDOM('<div id="r"><p>תוכנית &amp;quot;גינה&amp;quot;</p><img alt="&amp;quot;x&amp;quot;"><p>&amp;lt;script&amp;gt;</p></div>').window;
    const root = document.getElementById('r')!;
    expect(decodeShownText(root)).toBe(true);
    expect(root.querySelector('p')!.textContent).toBe('תוכנית "גינה"');
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('"x"');
    expect(root.querySelector('script')).toBeNull();
    expect(root.lastElementChild!.textContent).toBe('<script>');
  });
});
