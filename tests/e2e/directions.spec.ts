import { expect, test } from './fixtures';
import { openFixture } from './helpers';
import { HOST, articleShown, charBoxes, expectedDirection, goldOf, openBothViews, shownBlocks } from './rtl-helpers';

/*
 * Each block in the direction of most of its letters, in both views: an
 * Arabic paragraph that starts with a Latin word ("Google أعلنت…") is right
 * to left, an English one left to right. Checked on the computed direction
 * of every block shown, and on where the characters are drawn.
 */

const PAGES = ['mixed-latin', 'persian-tech', 'urdu-smog', 'hebrew-festival'];

for (const slug of PAGES) {
  test(`${slug}: every block has the direction of most of its letters, in the popup and the full-page view`, async ({ context, server, openPopup, command }) => {
    const gold = goldOf(slug);
    for (const [view, host] of await openBothViews({ context, server, openPopup, command }, slug)) {
      const blocks = await shownBlocks(view, host);
      for (const line of gold.text) expect(blocks.map((b) => b.text), `a block of the gold is shown: ${line}`).toContain(line);
      for (const block of blocks) expect(block.direction, `${host ? 'full page' : 'popup'}: ${block.text.slice(0, 60)}`).toBe(expectedDirection(gold, block.text));
    }
  });
}

test('an Arabic paragraph that starts with a Latin word starts at the right edge, and its runs keep their order', async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server, 'mixed-latin');
  const popup = await openPopup(page);
  await articleShown(popup, null);
  // Each paragraph begins at the right edge of its block (right to left):
  // its first run, left to right inside, ends there ("Google", "iPhone 17").
  const starts = await charBoxes(popup, null, [
    ['Google أعلنت', 'e أعلنت'],
    ['iPhone 17 بات', '7 بات'],
    ['YouTube وNetflix', 'e وNetflix'],
    ['“ChatGPT”', '“'],
    ['Android 16 وiOS 26', '6 وiOS'],
    ['OpenAI تقول', 'I تقول'],
  ]);
  for (const box of starts) expect(Math.abs(box.blockRight - box.right)).toBeLessThan(2);
  // Within its left-to-right run, a Latin word's own letters keep their order: "iPhone 17" reads left to right.
  const [i, seventeen] = await charBoxes(popup, null, [
    ['iPhone 17 بات', 'iPhone'],
    ['iPhone 17 بات', '17'],
  ]);
  expect(i.left).toBeLessThan(seventeen.left);
  // The English paragraph starts at the left edge.
  const [english] = await charBoxes(popup, null, [['The company said', 'The']]);
  expect(Math.abs(english.left - english.blockLeft)).toBeLessThan(2);
});

test('runs whose edge characters the Arabic would take stay whole: C++, @OpenAI, an address ending in /, a phone number', async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server, 'mixed-latin');
  const popup = await openPopup(page);
  await articleShown(popup, null);
  const [c, plus, at, o, i, slash, phonePlus, nine] = await charBoxes(popup, null, [
    ['وتقول الشركة', 'C++'],
    ['وتقول الشركة', '++'],
    ['وتقول الشركة', '@OpenAI'],
    ['وتقول الشركة', 'OpenAI'],
    ['ويمكن للقراء', 'i/ و'],
    ['ويمكن للقراء', '/ و'],
    ['ويمكن للقراء', '+971'],
    ['ويمكن للقراء', '971'],
  ]);
  // Left to right inside each run: C before its pluses, @ before the name, the last slash after "ai", + before 971.
  expect(plus.left).toBeGreaterThan(c.left);
  expect(o.left).toBeGreaterThan(at.left);
  expect(slash.left).toBeGreaterThan(i.left);
  expect(nine.left).toBeGreaterThan(phonePlus.left);
  // And each run stays on one line with its edges.
  expect(plus.top).toBe(c.top);
  expect(slash.top).toBe(i.top);
});
