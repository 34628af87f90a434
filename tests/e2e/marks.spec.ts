import { expect, test } from './fixtures';
import { openFixture, storePrefs } from './helpers';
import { HOST, articleShown, openBothViews } from './rtl-helpers';

/*
 * Marks that suit Arabic: underlines under the dots, highlights that never
 * touch the font inside a word, and diacritics that are never clipped or
 * run into the next line, on a Quranic verse in full tashkeel.
 */

test('link and quotation underlines go under the text with skip-ink; a highlight never changes the font, its size or weight', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  const page = await openFixture(context, server, 'ramadan-verse');
  const popup = await openPopup(page);
  await articleShown(popup, null);
  await popup.locator('mark[data-qari-quote]').first().waitFor();
  const marks = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-qari="article"] mark[data-qari-quote]')].map((mark) => {
      const own = getComputedStyle(mark);
      const around = getComputedStyle(mark.parentElement!);
      const same = ['font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'word-spacing', 'font-feature-settings'].filter((p) => own.getPropertyValue(p) !== around.getPropertyValue(p));
      const box = ['padding-inline-start', 'padding-inline-end', 'margin-inline-start', 'margin-inline-end', 'border-inline-start-width', 'border-inline-end-width'].filter((p) => parseFloat(own.getPropertyValue(p)) !== 0);
      return { text: mark.textContent!.slice(0, 30), changed: [...same, ...box], position: own.textUnderlinePosition, skip: own.textDecorationSkipInk };
    }),
  );
  expect(marks.length).toBeGreaterThanOrEqual(4);
  for (const mark of marks) expect(mark, mark.text).toMatchObject({ changed: [], position: 'under', skip: 'auto' });
  const link = await popup.locator('[data-qari="original"]').evaluate((a) => [getComputedStyle(a).textUnderlinePosition, getComputedStyle(a).textDecorationSkipInk]);
  expect(link).toEqual(['under', 'auto']);
});

test('the diacritics of a verse in full tashkeel stay inside their line at the default line height, in both views', async ({ context, server, openPopup, command }) => {
  for (const [view, host] of await openBothViews({ context, server, openPopup, command }, 'ramadan-verse')) {
    // For each block: the ink of its text, measured in the very font and size
    // it is drawn in, must fit in the line box CSS gives it (half the leading
    // above the font's ascent, half below its descent), or marks above one
    // line touch the marks below the line before.
    const lines = await view.evaluate(async (hostSelector) => {
      const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
      const blocks = [...root.querySelectorAll('[data-qari="title"], [data-qari="article"] p, [data-qari="article"] h2')];
      await document.fonts.ready;
      const ctx = document.createElement('canvas').getContext('2d')!;
      return blocks.map((el) => {
        const style = getComputedStyle(el);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const m = ctx.measureText(el.textContent!);
        const lineHeight = parseFloat(style.lineHeight);
        const half = (lineHeight - (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent)) / 2;
        return {
          text: el.textContent!.slice(0, 40),
          above: m.fontBoundingBoxAscent + half - m.actualBoundingBoxAscent,
          below: m.fontBoundingBoxDescent + half - m.actualBoundingBoxDescent,
          overflow: [...(function* () {
            for (let a = el.parentElement; a && !a.matches('.qari-scroll'); a = a.parentElement) yield getComputedStyle(a).overflowY;
          })()].filter((o) => o !== 'visible'),
        };
      });
    }, host);
    const verse = lines.filter((l) => l.text.startsWith('﴿'));
    expect(verse).toHaveLength(2);
    for (const line of lines) {
      expect(line.above, `marks above clipped: ${line.text}`).toBeGreaterThanOrEqual(0);
      expect(line.below, `marks below clipped: ${line.text}`).toBeGreaterThanOrEqual(0);
      expect(line.overflow, `a clipping box around: ${line.text}`).toEqual([]);
    }
  }
});
