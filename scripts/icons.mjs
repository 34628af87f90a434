// Draws the toolbar icons (public/icon/{16,32,48,128}.png): the letter ق in
// the bundled Naskh bold on a rounded square. Run once after a design change:
//   node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const font = readFileSync(require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2')).toString('base64');
const html = (size) => `<!doctype html><html><head><style>
@font-face { font-family: Naskh; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: 700; }
html, body { margin: 0; background: transparent; }
div { width: ${size}px; height: ${size}px; border-radius: ${Math.round(size * 0.22)}px; background: #0f5b4a;
  color: #fff; font: 700 ${Math.round(size * 0.78)}px/1 Naskh; display: flex; align-items: center; justify-content: center; }
span { transform: translateY(-${Math.round(size * 0.06)}px); }
</style></head><body><div><span>ق</span></div></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.QARI_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(html(size));
  await page.evaluate(() => document.fonts.ready);
  await page.locator('div').screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons: public/icon/{16,32,48,128}.png');
