import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { controls, openFixture, openSettings, storePrefs } from './helpers';
import { HOST, articleShown, openBothViews } from './rtl-helpers';

/*
 * Typography for each script, checked on what the browser really draws:
 * the computed family, the faces in document.fonts, and the font Chromium
 * shaped the text with (DevTools' CSS.getPlatformFontsForNode); Persian and
 * Urdu digits; Latin words the size of the Arabic around them.
 */

/** The fonts Chromium drew the first paragraph of the article with (family names inside the font files). */
async function fontsDrawn(context: BrowserContext, page: Page, host: string | null): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const find = (node: Node, keep: (n: Node) => boolean): Node | null => {
    if (keep(node)) return node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child, keep);
      if (found) return found;
    }
    return null;
  };
  const hostNode = host ? find(root as Node, (n) => !!n.attributes?.includes(host.slice(1))) : (root as Node);
  const body = find(hostNode!, (n) => n.attributes?.includes('data-qari') === true && n.attributes[n.attributes.indexOf('data-qari') + 1] === 'article');
  const p = find(body!, (n) => n.nodeName === 'P');
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: p!.nodeId });
  await cdp.detach();
  return fonts.filter((f: { isCustomFont: boolean }) => f.isCustomFont).map((f: { familyName: string }) => f.familyName);
}

/** The families of the faces loaded in the view's document, and the first paragraph's computed font-family. */
function facesAndFamily(page: Page, host: string | null) {
  return page.evaluate((hostSelector) => {
    const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
    const p = root.querySelector('[data-qari="article"] p')!;
    const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    return { loaded: [...new Set(loaded)], family: getComputedStyle(p).fontFamily, lineHeight: parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize) };
  }, host);
}

const SCRIPTS = [
  { slug: 'mixed-latin', family: 'Qari Naskh', drawn: 'Noto Naskh Arabic' },
  { slug: 'persian-tech', family: 'Qari Vazirmatn', drawn: 'Vazirmatn' },
  { slug: 'urdu-smog', family: 'Qari Nastaliq', drawn: 'Noto Nastaliq Urdu' },
  { slug: 'hebrew-festival', family: 'Qari Frank Ruhl', drawn: 'Frank Ruhl Libre' },
];
const ARTICLE_FAMILIES = SCRIPTS.map((s) => s.family);

for (const { slug, family, drawn } of SCRIPTS) {
  test(`${slug} is drawn in ${drawn}, in both views, and loads no other article font`, async ({ context, server, openPopup, command }) => {
    for (const [view, host] of await openBothViews({ context, server, openPopup, command }, slug)) {
      await expect.poll(async () => (await facesAndFamily(view, host)).loaded, { message: 'faces loaded' }).toContain(family);
      const { loaded, family: computed, lineHeight } = await facesAndFamily(view, host);
      expect(computed.startsWith(`"${family}"`), computed).toBe(true);
      expect(loaded.filter((f) => ARTICLE_FAMILIES.includes(f) && f !== family), 'other article fonts loaded').toEqual([]);
      expect(await fontsDrawn(context, view, host)).toContain(drawn);
      if (slug === 'urdu-smog') expect(lineHeight).toBeGreaterThanOrEqual(2.2);
    }
  });
}

test('Western digits and Latin words are scaled to the Arabic: a digit stands lower than an alif (unscaled it stands above)', async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server, 'mixed-latin');
  const popup = await openPopup(page);
  await articleShown(popup, null);
  const ratios = await popup.evaluate(async () => {
    const out: Record<string, number> = {};
    for (const family of ['Qari Naskh', 'Qari Vazirmatn', 'Qari Sans']) {
      await document.fonts.load(`100px "${family}"`, 'ا0');
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `100px "${family}"`;
      out[family] = ctx.measureText('0').actualBoundingBoxAscent / ctx.measureText('ا').actualBoundingBoxAscent;
    }
    return out;
  });
  for (const [family, ratio] of Object.entries(ratios)) {
    expect(ratio, family).toBeGreaterThan(0.75);
    expect(ratio, family).toBeLessThan(1);
  }
});

test('digits as on the page by default; Persian and Urdu ۰-۹ when chosen, with their separators, never inside addresses', async ({ context, server, worker, openPopup }) => {
  const page = await openFixture(context, server, 'mixed-latin');
  const popup = await openPopup(page);
  await articleShown(popup, null);
  const body = popup.locator('[data-qari="article"]');
  await expect(body).toContainText('72.5% مقابل 27.5%');
  await openSettings(popup);
  const c = controls(popup, 'qari-popup');
  await expect(c.numerals).toHaveValue('page');
  await c.numerals.selectOption('persian');
  await expect(body).toContainText('۷۲٫۵% مقابل ۲۷٫۵%');
  await expect(body).toContainText('أكثر من ۱۲٬۴۰۰٬۰۰۰ جهاز');
  await expect(body).toContainText('taqniatalyoum.com/ai/');
  await expect(body).toContainText('press@taqniatalyoum.com');
  // Extended Arabic-Indic, not Arabic-Indic: other code points.
  expect(await body.textContent()).not.toMatch(/[٠-٩]/);

  // A Persian page's own digits, in Western digits.
  await storePrefs(worker, { numerals: 'western' });
  const persian = await openFixture(context, server, 'persian-tech');
  const persianPopup = await openPopup(persian);
  await articleShown(persianPopup, null);
  await expect(persianPopup.locator('[data-qari="article"]')).toContainText('78.5 درصد');
  await expect(persianPopup.locator('[data-qari="article"]')).toContainText('250,000 تومان');
});
