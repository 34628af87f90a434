import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixturePath } from './helpers';
import { HOST, READING, articleState, selectText, shownHighlights, viewOf } from './reading-helpers';

/*
 * Highlights and notes, made in the full-page view over a page: kept
 * (IndexedDB, the background's), shown again on the live page after a
 * reload and in the popup, placed again on a page that changed, listed in
 * the panel (with those that cannot be placed), and in the Markdown copy.
 */

const SOURCE = readFileSync(new URL('../fixtures/reading/libraries.html', import.meta.url), 'utf8');

/** The first highlight: across a link, from one paragraph into the next. */
const ACROSS = ['تبلغ كلفة المرحلة الأولى', 'أن تُفتح المكتبات'] as const;
/** The second, with a note: a quotation in «», with a word in tashkeel (بيتٌ). */
const QUOTED = ['وإن المكتبة العامة بيتٌ مفتوح', 'للجميع»'] as const;
const NOTE = 'ملاحظة: قارن بأرقام العام الماضي';

async function openView(page: Page, command: (name: string, page: Page) => Promise<unknown>) {
  await command('toggle-reader', page);
  const view = viewOf(page, HOST);
  await expect(view.locator('[data-qari="article"]')).toContainText('برنامج جديد لترميم المكتبات');
  return view;
}

/** Makes the two highlights in a view: one by a colour of the selection bar, one with a note through its editor. */
async function makeHighlights(page: Page, host: string | null) {
  const view = viewOf(page, host);
  await selectText(page, host, ...ACROSS);
  const bar = view.locator('[data-qari="selection-bar"]');
  await expect(bar).toBeVisible();
  await bar.locator('button[data-color="green"]').click();
  await expect.poll(() => shownHighlights(page, host)).toHaveLength(1);

  await selectText(page, host, ...QUOTED);
  await bar.locator('[data-qari="add-note"]').click();
  const editor = view.locator('[data-qari="highlight-editor"]');
  await expect(editor.locator('[data-qari="note-input"]')).toBeFocused();
  await page.keyboard.type(NOTE);
  await editor.locator('[data-qari="save-note"]').click();
  await expect(editor).toHaveCount(0);
}

test('a highlight and a note made in the full-page view survive a reload, come back on the live page and show in the popup, the text and its directions untouched', async ({ context, server, command, openPopup }) => {
  const page = await openFixturePath(context, server, READING);
  await openView(page, command);
  const before = await articleState(page, HOST);
  await makeHighlights(page, HOST);

  const made = await shownHighlights(page, HOST);
  // Whole words: the first runs across the link and into the next paragraph.
  // In article order: the quotation (the lede's second paragraph) before the costs (the first section).
  expect(made).toEqual([
    { text: 'وإن المكتبة العامة بيتٌ مفتوح للجميع»', color: 'yellow', note: true },
    { text: 'تبلغ كلفة المرحلة الأولى نحو اثني عشر مليون دينار، تتحمّل البلديات ربعها.وتقرر أن تُفتح المكتبات', color: 'green', note: false },
  ]);
  expect(await articleState(page, HOST)).toEqual(before);

  await page.reload();
  const view = await openView(page, command);
  await expect.poll(() => shownHighlights(page, HOST)).toEqual(made);
  await view.locator('[data-qari="highlights-toggle"]').click();
  const panel = view.locator('[data-qari="highlights"]');
  await expect(panel.locator('li')).toHaveCount(2);
  await expect(panel.locator('li').first()).toContainText('بيتٌ مفتوح');
  await expect(panel.locator('li').first()).toContainText(NOTE);
  await expect(panel.locator('[data-qari="not-placed"]')).toHaveCount(0);

  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('برنامج جديد');
  await expect.poll(() => shownHighlights(popup, null)).toEqual(made);
});

test('on a page that changed (a word added in another paragraph, a diacritic changed in the highlight) both are placed again; one whose text is gone is listed as not placed', async ({ context, server, command }) => {
  const page = await openFixturePath(context, server, READING);
  await openView(page, command);
  await makeHighlights(page, HOST);
  const view = viewOf(page, HOST);
  await selectText(page, HOST, 'ويختم أمين المكتبة حديثه');
  await view.locator('[data-qari="selection-bar"] button[data-color="blue"]').click();
  await expect.poll(async () => (await shownHighlights(page, HOST)).length).toBe(3);

  // The same address serves the page changed: a word more in the first paragraph,
  // بيتٌ without its tanween, and the last paragraph rewritten.
  const changed = SOURCE.replace('أعلنت وزارة الثقافة اليوم', 'أعلنت وزارة الثقافة صباح اليوم')
    .replace('بيتٌ مفتوح', 'بيت مفتوح')
    .replace('ويختم أمين المكتبة حديثه قائلاً', 'وفي الختام رأى أمين المكتبة');
  await page.route(page.url(), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: changed }));
  await page.reload();
  await openView(page, command);
  await expect.poll(() => shownHighlights(page, HOST)).toEqual([
    { text: 'وإن المكتبة العامة بيت مفتوح للجميع»', color: 'yellow', note: true },
    { text: 'تبلغ كلفة المرحلة الأولى نحو اثني عشر مليون دينار، تتحمّل البلديات ربعها.وتقرر أن تُفتح المكتبات', color: 'green', note: false },
  ]);
  await view.locator('[data-qari="highlights-toggle"]').click();
  const lost = view.locator('[data-qari="highlights"] [data-qari="not-placed"]');
  await expect(lost).toContainText('Could not be placed');
  await expect(lost.locator('li')).toHaveCount(1);
  await expect(lost.locator('li')).toContainText('ويختم أمين المكتبة حديثه');
});

test('the Markdown copy has the highlights as ==text== and the note after its paragraph; H highlights the selection and opens its note', async ({ context, server, openPopup }) => {
  const page = await openFixturePath(context, server, READING);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('برنامج جديد');
  // The keyboard's way: select, H, type the note, Enter on Save.
  await selectText(popup, null, ...QUOTED);
  await expect(popup.locator('[data-qari="selection-bar"]')).toBeVisible();
  await popup.keyboard.press('h');
  await expect(popup.locator('[data-qari="note-input"]')).toBeFocused();
  await popup.keyboard.type(NOTE);
  await popup.keyboard.press('Tab');
  await expect(popup.locator('[data-qari="save-note"]')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect.poll(() => shownHighlights(popup, null)).toEqual([{ text: 'وإن المكتبة العامة بيتٌ مفتوح للجميع»', color: 'yellow', note: true }]);

  await popup.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
  });
  await popup.locator('[data-qari="share-toggle"]').click();
  await popup.locator('[data-qari="copy-markdown"]').click();
  const markdown = () => popup.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
  await expect.poll(markdown).toContain('==وإن المكتبة العامة بيتٌ مفتوح للجميع»==');
  // The note follows its paragraph as a block quote.
  expect(await markdown()).toMatch(/==وإن المكتبة العامة بيتٌ مفتوح للجميع»==[^\n]*\n\n> ✎ ملاحظة: قارن بأرقام العام الماضي\n/);
});
