import { expect, test } from './fixtures';

test('the shortcut opens the full-page view over the tab and closes it again', async ({ context, server, command }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${server.origin}/pages/isna-wordpress.html`);
  await page.evaluate(() => window.scrollTo(0, 400));
  await command('toggle-reader', page);
  const host = page.locator('#qari-reader-root');
  await expect(host).toBeAttached();
  const article = page.locator('#qari-reader-root [data-qari="article"]');
  await expect(article).toBeVisible();
  await expect(article).toHaveAttribute('dir', 'rtl');
  // For the picture only (nothing is asserted on it): the faces loaded and a frame drawn, not a fixed wait.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  await page.screenshot({ path: 'tmp/fullpage.png' });
  await command('toggle-reader', page);
  await expect(host).not.toBeAttached();
  expect(await page.evaluate(() => window.scrollY)).toBe(400);
});
