import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { THEME_BACKGROUND, computed, controls, openFixture, openSettings, storedPrefs } from './helpers';

/*
 * Every reading control of the popup's settings panel, judged by what the
 * reader shows: computed styles and the article's text, not just the
 * control's own state. Then every choice survives closing the popup.
 */

const article = (popup: Page) => popup.locator('[data-qari="article"]');
const paragraph = (popup: Page) => popup.locator('[data-qari="article"] p').first();
const surface = (popup: Page) => popup.locator('.qari');
const px = (value: string) => Number.parseFloat(value);

/** The seed article in the popup, settings panel open. */
async function popupWithSettings(openPopup: (page: Page) => Promise<Page>, page: Page) {
  const popup = await openPopup(page);
  await expect(article(popup)).toContainText('وقال زعيم الكرملين');
  await openSettings(popup);
  return { popup, c: controls(popup, 'qari-popup') };
}

test.describe('popup settings', () => {
  test('choosing a font draws the article in that font', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    expect(await computed(article(popup), 'font-family')).toContain('Qari Naskh');

    await c.font.selectOption('amiri');
    await expect.poll(() => computed(article(popup), 'font-family')).toContain('Qari Amiri');
    // The bundled face really is used for the text, not a fallback.
    await expect
      .poll(() => popup.evaluate(() => [...document.fonts].some((f) => f.family.replace(/['"]/g, '') === 'Qari Amiri' && f.status === 'loaded')))
      .toBe(true);

    await c.font.selectOption('kufi');
    await expect.poll(() => computed(paragraph(popup), 'font-family')).toContain('Qari Kufi');
    await expect.poll(async () => (await storedPrefs(worker)).font).toBe('kufi');
  });

  test('the size buttons change the size of the body text', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    expect(await computed(paragraph(popup), 'font-size')).toBe('20px');
    await c.larger.click();
    await c.larger.click();
    await expect(c.size).toHaveText('22px');
    await expect.poll(() => computed(paragraph(popup), 'font-size')).toBe('22px');
    await c.smaller.click();
    await expect.poll(() => computed(paragraph(popup), 'font-size')).toBe('21px');
    await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(21);
  });

  test('the line spacing buttons change the distance between lines', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    const ratio = async () => px(await computed(paragraph(popup), 'line-height')) / px(await computed(paragraph(popup), 'font-size'));
    expect(await ratio()).toBeCloseTo(1.9, 2);
    await c.looser.click();
    await c.looser.click();
    await expect(c.leading).toHaveText('2.1');
    await expect.poll(ratio).toBeCloseTo(2.1, 2);
    await c.tighter.click();
    await c.tighter.click();
    await c.tighter.click();
    await c.tighter.click();
    await c.tighter.click();
    await expect(c.leading).toHaveText('1.6');
    await expect.poll(ratio).toBeCloseTo(1.6, 2);
    await expect.poll(async () => (await storedPrefs(worker)).lineHeight).toBe(1.6);
  });

  test('the width choice sets the measure of the article column', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    const column = popup.locator('.qari-article');
    // Measures are in em of the article text (20px by default).
    expect(await computed(column, 'max-inline-size')).toBe('760px');
    await c.width('narrow').click();
    await expect(c.width('narrow')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => computed(column, 'max-inline-size')).toBe('600px');
    await c.width('wide').click();
    await expect.poll(() => computed(column, 'max-inline-size')).toBe('1000px');
    await expect.poll(async () => (await storedPrefs(worker)).width).toBe('wide');
  });

  test('justify lines sets justified paragraphs, and unsetting it brings back start alignment', async ({ context, server, openPopup }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    expect(await computed(paragraph(popup), 'text-align')).toBe('start');
    await c.justify.check();
    await expect.poll(() => computed(paragraph(popup), 'text-align')).toBe('justify');
    const aligns = await article(popup).locator('p').evaluateAll((ps) => ps.map((p) => getComputedStyle(p).textAlign));
    expect(new Set(aligns)).toEqual(new Set(['justify']));
    await c.justify.uncheck();
    await expect.poll(() => computed(paragraph(popup), 'text-align')).toBe('start');
  });

  test('the theme choice changes the reader background: light, sepia and dark', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    for (const theme of ['dark', 'sepia', 'light'] as const) {
      await c.theme(theme).click();
      await expect(surface(popup)).toHaveAttribute('data-theme', theme);
      await expect.poll(() => computed(surface(popup), 'background-color')).toBe(THEME_BACKGROUND[theme]);
      await expect.poll(async () => (await storedPrefs(worker)).theme).toBe(theme);
    }
    // Text colour follows the theme too (dark text on light, light text on dark).
    await c.theme('dark').click();
    await expect.poll(() => computed(paragraph(popup), 'color')).toBe('rgb(230, 228, 223)');
  });

  test('hiding diacritics removes them from the text, and showing them brings them back', async ({ context, server, openPopup }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    await expect(article(popup)).toContainText('من المحتمل أيضًا أن تثار');
    await c.diacritics('hide').click();
    await expect(article(popup)).toContainText('من المحتمل أيضا أن تثار');
    await expect(article(popup)).not.toContainText('أيضًا');
    await expect.poll(() => article(popup).evaluate((el) => /[\u064B-\u0652]/.test(el.textContent ?? ''))).toBe(false);
    await c.diacritics('show').click();
    await expect(article(popup)).toContainText('من المحتمل أيضًا أن تثار');
  });

  test('the numerals choice rewrites the digits of the article and of its header', async ({ context, server, openPopup }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    const date = popup.locator('[data-qari="date"]');
    const readingTime = popup.locator('[data-qari="reading-time"]');
    await expect(article(popup)).toContainText('16 يونيو');

    await c.numerals.selectOption('arabic');
    await expect(article(popup)).toContainText('١٦ يونيو');
    await expect(article(popup)).not.toContainText('16 يونيو');
    for (const meta of [date, readingTime]) {
      await expect(meta).toHaveText(/[٠-٩]/);
      await expect(meta).not.toHaveText(/[0-9]/);
    }

    await c.numerals.selectOption('western');
    await expect(article(popup)).toContainText('16 يونيو');
    await expect(article(popup)).not.toContainText('١٦');
    for (const meta of [date, readingTime]) {
      await expect(meta).toHaveText(/[0-9]/);
      await expect(meta).not.toHaveText(/[٠-٩]/);
    }
  });

  test('the quotations checkbox stores its choice', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    await expect(c.quotes).not.toBeChecked();
    await c.quotes.check();
    await expect.poll(async () => (await storedPrefs(worker)).quotes).toBe(true);
    await popup.close();
    const again = await popupWithSettings(openPopup, page);
    await expect(again.c.quotes).toBeChecked();
  });

  test('with images off the article shows no image source and the popup requests no image', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const imageRequests: string[] = [];
    const fromExtensionPage = (req: Request) => {
      try {
        return req.frame().url().startsWith('chrome-extension://');
      } catch {
        return false;
      }
    };
    context.on('request', (req) => {
      if (fromExtensionPage(req) && /\/img\/[^/]+\.png$/.test(new URL(req.url()).pathname)) imageRequests.push(req.url());
    });

    const { popup, c } = await popupWithSettings(openPopup, page);
    const images = article(popup).locator('img');
    // The seed article has its featured image; with images on, the popup loads it.
    await expect(images).toHaveCount(1);
    await expect(images.first()).toHaveAttribute('src', /\/img\/putin-geneva\.png$/);
    await expect.poll(() => imageRequests.length).toBeGreaterThan(0);

    await c.images.uncheck();
    await expect.poll(async () => (await storedPrefs(worker)).loadImages).toBe(false);
    await expect(article(popup).locator('img[src], img[srcset]')).toHaveCount(0);
    await popup.close();

    imageRequests.length = 0;
    const again = await popupWithSettings(openPopup, page);
    await expect(again.c.images).not.toBeChecked();
    await expect(article(again.popup).locator('img')).toHaveCount(1);
    await expect(article(again.popup).locator('img[src], img[srcset]')).toHaveCount(0);
    // Give a stray load every chance to happen before checking that none did.
    await again.popup.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
    await again.popup.locator('[data-qari="scroll"]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await again.popup.waitForLoadState('networkidle');
    expect(imageRequests).toEqual([]);
  });

  test('every choice survives closing and reopening the popup', async ({ context, server, openPopup }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    await c.font.selectOption('amiri');
    await c.larger.click();
    await c.larger.click();
    await c.larger.click();
    await expect(c.size).toHaveText('23px');
    await c.looser.click();
    await expect(c.leading).toHaveText('2.0');
    await c.width('narrow').click();
    await c.justify.check();
    await c.theme('sepia').click();
    await c.diacritics('hide').click();
    await c.numerals.selectOption('arabic');
    await c.quotes.check();
    await c.images.uncheck();
    await expect(article(popup).locator('img[src]')).toHaveCount(0);
    await popup.close();

    const again = await popupWithSettings(openPopup, page);
    const p = again.popup;
    const k = again.c;
    // The controls show the choices...
    await expect(k.font).toHaveValue('amiri');
    await expect(k.size).toHaveText('23px');
    await expect(k.leading).toHaveText('2.0');
    await expect(k.width('narrow')).toHaveAttribute('aria-pressed', 'true');
    await expect(k.justify).toBeChecked();
    await expect(k.theme('sepia')).toHaveAttribute('aria-pressed', 'true');
    await expect(k.diacritics('hide')).toHaveAttribute('aria-pressed', 'true');
    await expect(k.numerals).toHaveValue('arabic');
    await expect(k.quotes).toBeChecked();
    await expect(k.images).not.toBeChecked();
    // ...and the reader draws them.
    expect(await computed(article(p), 'font-family')).toContain('Qari Amiri');
    expect(await computed(paragraph(p), 'font-size')).toBe('23px');
    expect(px(await computed(paragraph(p), 'line-height')) / 23).toBeCloseTo(2.0, 2);
    expect(await computed(p.locator('.qari-article'), 'max-inline-size')).toBe(`${30 * 23}px`);
    expect(await computed(paragraph(p), 'text-align')).toBe('justify');
    expect(await computed(surface(p), 'background-color')).toBe(THEME_BACKGROUND.sepia);
    await expect(article(p)).toContainText('من المحتمل أيضا أن تثار');
    await expect(article(p)).toContainText('١٦ يونيو');
    await expect(article(p).locator('img[src]')).toHaveCount(0);
  });
});

test.describe('popup keys', () => {
  test('pressing + and - changes the text size and stores it', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const popup = await openPopup(page);
    await expect(article(popup)).toBeVisible();
    await popup.keyboard.press('+');
    await expect.poll(() => computed(paragraph(popup), 'font-size')).toBe('21px');
    await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(21);
    await popup.keyboard.press('-');
    await popup.keyboard.press('-');
    await expect.poll(() => computed(paragraph(popup), 'font-size')).toBe('19px');
    await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(19);
  });

  test('the text size stops at 14 and at 32, by key and by button', async ({ context, server, openPopup, worker }) => {
    const page = await openFixture(context, server);
    const { popup, c } = await popupWithSettings(openPopup, page);
    // Focus on the reader, not on a control.
    await popup.locator('[data-qari="scroll"]').focus();
    for (let size = 21; size <= 32; size++) {
      await popup.keyboard.press('+');
      await expect(c.size).toHaveText(`${size}px`);
    }
    await popup.keyboard.press('+');
    await popup.keyboard.press('+');
    await expect(c.size).toHaveText('32px');
    await expect(c.larger).toBeDisabled();
    await expect.poll(() => computed(paragraph(popup), 'font-size')).toBe('32px');
    await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(32);

    for (let size = 31; size >= 14; size--) {
      await popup.keyboard.press('-');
      await expect(c.size).toHaveText(`${size}px`);
    }
    await popup.keyboard.press('-');
    await popup.keyboard.press('-');
    await expect(c.size).toHaveText('14px');
    await expect(c.smaller).toBeDisabled();
    await expect.poll(() => computed(paragraph(popup), 'font-size')).toBe('14px');
    await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(14);
  });
});
