import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { DOMPurify } from 'dompurify';

/**
 * Every purifier the sanitiser uses, the module's own instance included: the
 * factory is wrapped so each instance it makes is seen.
 */
const purifiers = vi.hoisted(() => [] as DOMPurify[]);
vi.mock('dompurify', async (importOriginal) => {
  const actual = (await importOriginal<{ default: DOMPurify }>()).default;
  purifiers.push(actual);
  const factory = new Proxy(actual, {
    apply(target, self, args) {
      const made = Reflect.apply(target, self, args) as DOMPurify;
      purifiers.push(made);
      return made;
    },
  });
  return { default: factory };
});

const { sanitizeInPlace, sanitizeToFragment } = await import('../../../utils/extract/sanitize');

const BASE = 'https://news.example/a.html';
const HOSTILE = '<p class="x" onclick="go()">نص <script>alert(1)</script><iframe src="https://x.test"></iframe></p>';

describe('the sanitiser holds nothing of a page once a call returns', () => {
  it('forgets the nodes and attributes it removed, in place and into a fragment, in this window and another', () => {
    const other = new JSDOM('<div id="root"></div>').window;
    const here = document.createElement('div');
    here.innerHTML = HOSTILE;
    sanitizeInPlace(here, BASE);
    const there = other.document.getElementById('root')!;
    there.innerHTML = HOSTILE;
    sanitizeInPlace(there, BASE);
    const fragment = sanitizeToFragment(HOSTILE, BASE, document);
    const otherFragment = sanitizeToFragment(HOSTILE, BASE, other.document);

    // Something was removed each time: the list had entries to forget.
    for (const out of [here, there, fragment, otherFragment]) {
      expect(out.querySelector('script, iframe, [onclick], [class]')).toBeNull();
      expect(out.textContent).toContain('نص');
    }
    // The module's own instance, and one per mode for the other window (this
    // window's second mode is a second instance too).
    expect(purifiers.length).toBe(4);
    // DOMPurify keeps each removed node (or the element an attribute came from)
    // in `removed` until its next call: a closed view's whole article stayed
    // reachable that way.
    for (const purifier of purifiers) expect(purifier.removed).toEqual([]);
  });
});
