import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { describeViolations, openFixture, openFixturePath, runAxe, storePrefs, storedPrefs } from './helpers';

/**
 * The seed article's quotations, in order, with their speakers (as tests/unit/quotes.test.ts writes them out):
 * "وقال بوتين" is the man named in full before, "أكد الرئيس الروسي فلاديمير بوتين".
 */
const PUTIN = 'فلاديمير بوتين';
const SEED_SPEAKERS = [PUTIN, 'زعيم الكرملين', 'زعيم الكرملين', PUTIN, PUTIN, 'الرئيس الروسي', PUTIN, PUTIN, PUTIN];

/** Id and speaker of each highlighted quotation (first mark of each), in document order. */
async function highlighted(article: Locator) {
  return article.evaluate((el) => {
    const seen = new Map<string, string>();
    for (const mark of el.querySelectorAll('mark[data-qari-quote]')) {
      const id = mark.getAttribute('data-qari-quote')!;
      if (!seen.has(id)) seen.set(id, mark.getAttribute('data-speaker')!);
    }
    return [...seen.values()];
  });
}

/** What has the focus, through the view's shadow root if there is one. */
async function focusedQuote(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-qari-quote') ?? null;
  });
}

test('quote mode highlights every quotation with its speaker and never changes the text', async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  const article = popup.locator('[data-qari="article"]');
  await expect(article).toContainText('وقال زعيم الكرملين');
  const plain = await article.textContent();
  expect(await article.locator('mark').count()).toBe(0);

  await popup.keyboard.press('q');
  await expect(article.locator('mark[data-qari-quote]').first()).toBeVisible();
  expect(await highlighted(article)).toEqual(SEED_SPEAKERS);
  expect(await article.textContent()).toBe(plain);
  await expect(popup.locator('[data-qari="quotes-toggle"]')).toHaveAttribute('aria-pressed', 'true');

  // The mode is a preference like any other: it survives reopening.
  await popup.close();
  const again = await openPopup(page);
  await expect(again.locator('[data-qari="article"] mark[data-qari-quote]').first()).toBeVisible();
  await again.keyboard.press('q');
  await expect(again.locator('[data-qari="article"] mark')).toHaveCount(0);
  expect(await again.locator('[data-qari="article"]').textContent()).toBe(plain);
});

test('on a Persian page, speech is highlighted with its verb-final speakers and a quoted term is left alone', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  // A page of our corpus the quotation rules were written on (scripts/eval/holdout.ts keeps others apart).
  const page = await openFixturePath(context, server, '/corpus/fa-sepehr-weekly-markets-review/source.html');
  const popup = await openPopup(page);
  const article = popup.locator('[data-qari="article"]');
  await expect(article.locator('mark[data-qari-quote]').first()).toBeVisible();
  expect(await highlighted(article)).toEqual(['علی‌اکبر رحیمی', 'علی‌اکبر رحیمی', 'بانک مرکزی', 'مهدی کریمی‌نژاد']);
  // «نهضت ملی مسکن» is the name of a plan: in the text, not marked, not listed.
  const term = await article.evaluate((el) => {
    const p = [...el.querySelectorAll('p')].find((x) => x.textContent!.includes('نهضت ملی مسکن'))!;
    return { found: Boolean(p), marked: [...p.querySelectorAll('mark')].some((m) => m.textContent!.includes('نهضت')) };
  });
  expect(term).toEqual({ found: true, marked: false });
  await expect(popup.locator('mark[data-qari-quote="1"][data-first]')).toHaveAttribute('data-label', /علی‌اکبر رحیمی.*\(/);
  await popup.locator('[data-qari="quotes"] button[aria-controls="qari-quotes-list"]').click();
  await expect(popup.locator('.qari-quotes-group h3')).toHaveCount(3);
  await expect(popup.locator('[data-qari="quotes"]')).not.toContainText('نهضت ملی مسکن');
});

test('speakers are told apart by pattern as well as colour, and named on hover and focus', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  const putin = popup.locator(`mark[data-speaker="${PUTIN}"][data-first]`).first();
  const kremlin = popup.locator('mark[data-speaker="زعيم الكرملين"][data-first]').first();
  await expect(putin).toBeVisible();
  const style = (mark: Locator) => mark.evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, line: s.textDecorationLine, pattern: s.textDecorationStyle };
  });
  const a = await style(putin);
  const b = await style(kremlin);
  expect(a.bg).not.toBe(b.bg);
  expect(`${a.line} ${a.pattern}`).not.toBe(`${b.line} ${b.pattern}`);

  await kremlin.focus();
  const label = await kremlin.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(label).toContain('زعيم الكرملين');
  // The inferred one says so.
  await expect(popup.locator('mark[data-qari-quote="2"][data-first]')).toHaveAttribute('data-label', /زعيم الكرملين.*\(/);
});

test('the quotes panel groups quotations by speaker with counts, and choosing one goes to it', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await popup.locator('[data-qari="quotes"] button[aria-controls="qari-quotes-list"]').click();
  const groups = popup.locator('.qari-quotes-group h3');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(0)).toContainText(PUTIN);
  await expect(groups.nth(0)).toContainText('6');
  await expect(groups.nth(1)).toContainText('زعيم الكرملين');
  await expect(groups.nth(1)).toContainText('2');
  await expect(groups.nth(2)).toContainText('الرئيس الروسي');

  await popup.locator('.qari-quote-link[data-quote="7"]').click();
  expect(await focusedQuote(popup)).toBe('7');
  const inView = await popup.locator('mark[data-qari-quote="7"][data-first]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  expect(inView).toBe(true);
});

test('J and K move to the next and previous quotation', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('mark[data-qari-quote]').first()).toBeVisible();
  await popup.keyboard.press('j');
  expect(await focusedQuote(popup)).toBe('0');
  await popup.keyboard.press('j');
  await popup.keyboard.press('j');
  expect(await focusedQuote(popup)).toBe('2');
  await popup.keyboard.press('k');
  expect(await focusedQuote(popup)).toBe('1');
});

test('"quotes only" shows just the paragraphs with quotations', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  const article = popup.locator('[data-qari="article"]');
  await expect(article.locator('mark').first()).toBeVisible();
  const visible = () => article.locator('p').evaluateAll((ps) => ps.filter((p) => getComputedStyle(p).display !== 'none').length);
  const all = await visible();
  await popup.locator('[data-qari="quotes"] input[type="checkbox"]').check();
  const only = await visible();
  expect(only).toBeLessThan(all);
  const withQuotes = await article.locator('p:has(mark)').count();
  expect(only).toBe(withQuotes);
  await expect(article.locator('p', { hasText: 'من المحتمل أيضًا أن تثار' })).toBeHidden();
  await expect(article.locator('p', { hasText: 'وقال زعيم الكرملين' })).toBeVisible();
});

test('copying a quotation gives «quote» — speaker، site، date، link', async ({ context, server, worker, openPopup }) => {
  await storePrefs(worker, { quotes: true });
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  const mark = popup.locator('mark[data-qari-quote="1"]').first();
  await expect(mark).toBeVisible();
  const copied = await mark.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const data = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
  expect(copied).toMatch(/^«قبل الاحتفالات رفيعة المستوى ، تحاول الأحزاب دائمًا تقليل الخطاب السلبي لخلق جو جيد للعمل» — زعيم الكرملين، الرائد نيوز، ١٣ يونيو ٢٠٢١، http:\/\/127\.0\.0\.1:\d+\/pages\/isna-wordpress\.html/);
  // A selection that is not one quotation copies as the browser would.
  const plain = await popup.locator('[data-qari="article"] p').nth(1).evaluate((el) => {
    getSelection()!.selectAllChildren(el);
    const data = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
  expect(plain).toBe('');
});

test('quote mode in the full-page view: Q, highlights in the shadow root, J', async ({ context, server, worker, command }) => {
  const page = await openFixture(context, server);
  await command('toggle-reader', page);
  const article = page.locator('#qari-reader-root [data-qari="article"]');
  await expect(article).toContainText('وقال زعيم الكرملين');
  await page.keyboard.press('q');
  await expect(article.locator('mark[data-qari-quote]').first()).toBeVisible();
  expect(await highlighted(article)).toEqual(SEED_SPEAKERS);
  expect((await storedPrefs(worker)).quotes).toBe(true);
  await page.keyboard.press('j');
  expect(await focusedQuote(page)).toBe('0');
});

/**
 * WCAG contrast ratio of each highlighted quotation's text on its highlight.
 * Measured here, not by axe: axe's colour-contrast rule takes Arabic set in a
 * web font for an icon ligature and skips it (its _isIconLigature check).
 */
async function markContrasts(page: Page): Promise<number[]> {
  return page.locator('mark[data-qari-quote]').evaluateAll((marks) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    return marks.map((m) => {
      const s = getComputedStyle(m);
      const [a, b] = [lum(rgb(s.color)), lum(rgb(s.backgroundColor))].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    });
  });
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`highlighted quotations keep WCAG AA contrast in the ${theme} theme, and the view has no axe violations`, async ({ context, server, worker, openPopup }) => {
    await storePrefs(worker, { quotes: true, theme });
    const page = await openFixture(context, server);
    const popup = await openPopup(page);
    await popup.locator('[data-qari="quotes"] button[aria-controls="qari-quotes-list"]').click();
    await expect(popup.locator('mark[data-qari-quote]').first()).toBeVisible();
    const ratios = await markContrasts(popup);
    expect(ratios.length).toBeGreaterThanOrEqual(9);
    expect(Math.min(...ratios), `contrast of highlighted text: ${ratios.map((r) => r.toFixed(1)).join(' ')}`).toBeGreaterThanOrEqual(4.5);
    const results = await runAxe(popup);
    expect(results.violations, describeViolations(results.violations)).toEqual([]);
  });
}
