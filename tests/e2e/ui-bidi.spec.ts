import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The interface's own Arabic strings: Latin runs (package names, addresses,
 * key names) keep their order, their words and their parentheses; the
 * options page's check boxes each have a line. In an Arabic browser.
 */

test.use({ uiLocale: 'ar' });

/** Boxes of the first character of each needle inside the first element matching `selector`. */
function boxes(page: Page, selector: string, needles: string[]) {
  return page.evaluate(
    ([sel, list]) => {
      const el = document.querySelector(sel)!;
      const text = el.textContent!;
      return list.map((needle) => {
        const at = text.indexOf(needle);
        if (at < 0) throw new Error(`no ${needle} in ${sel}`);
        // The text node and offset of a flat-text position (a run spans several nodes: a span a word).
        const point = (flat: number, end: boolean): [Text, number] => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            if (flat < offset + node.data.length || (end && flat === offset + node.data.length)) return [node, flat - offset];
            offset += node.data.length;
          }
          throw new Error(`offset ${flat} past the text`);
        };
        const range = document.createRange();
        range.setStart(...point(at, false));
        range.setEnd(...point(at + needle.length, true));
        const rects = [...range.getClientRects()];
        return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)), top: rects[0].top, lines: new Set(rects.map((r) => Math.round(r.top))).size };
      });
    },
    [selector, needles] as const,
  );
}

test('on the Arabic options page, package names and addresses keep their order, their words and their parentheses', async ({ context, extensionId }) => {
  const options = await context.newPage();
  // Narrow, so the sentences wrap and a hyphen would get its chance to break a name.
  for (const width of [1200, 700, 420]) {
    await options.setViewportSize({ width, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-qari="voices"] p').first().waitFor();
    await expect(options.locator('html')).toHaveAttribute('lang', 'ar');
    const [dispatcher, sudo, open, chrome, edge, close] = [
      ...(await boxes(options, '[data-qari="voices"] p', ['speech-dispatcher', 'sudo apt'])),
      ...(await boxes(options, '.qari-shortcut p', ['(', 'chrome://extensions/shortcuts', 'إيدج', ')'])),
    ];
    expect(dispatcher.lines, `speech-dispatcher on one line at ${width}px`).toBe(1);
    expect(sudo.lines).toBe(1);
    // Right to left: the opening parenthesis stands to the right of the
    // address it opens on (it is drawn first, at the right), the closing one
    // to the left of the word it closes after.
    expect(open.top).toBe(chrome.top);
    expect(open.left).toBeGreaterThan(chrome.right - 1);
    expect(close.top).toBe(edge.top);
    expect(close.right).toBeLessThan(edge.left + 1);
    // Every Latin run of these strings is isolated left to right.
    const runs = await options.locator('[data-qari="voices"] bdi[dir="ltr"], .qari-shortcut bdi[dir="ltr"], [aria-labelledby="qari-keys-heading"] bdi[dir="ltr"]').allTextContents();
    expect(runs).toEqual(expect.arrayContaining(['speech-dispatcher', 'espeak-ng', 'sudo apt install speech-dispatcher espeak-ng', 'chrome://extensions/shortcuts', 'edge://extensions/shortcuts', 'Esc', 'Q', 'J', 'K', 'D']));
  }
});

test('the options page gives each check box a line of its own', async ({ context, extensionId }) => {
  const options = await context.newPage();
  // Below 860px the page is one column, as wide as the window: room for two labels side by side.
  for (const width of [1200, 800, 600]) {
    await options.setViewportSize({ width, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const checks = options.locator('[data-qari="settings"] .qari-check');
    await expect(checks).toHaveCount(3);
    const tops = await checks.evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
    for (let i = 1; i < tops.length; i++) expect(tops[i][0], `check box ${i + 1} below the one before at ${width}px`).toBeGreaterThanOrEqual(tops[i - 1][1]);
  }
});
