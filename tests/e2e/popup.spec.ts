import { expect, test } from './fixtures';

test('the popup shows the seed article right to left, without the clutter', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/pages/isna-wordpress.html`);
  const popup = await openPopup(page);
  const article = popup.locator('[data-qari="article"]');
  await expect(article).toBeVisible();
  await expect(article).toHaveAttribute('dir', 'rtl');
  await expect(article).toHaveAttribute('lang', 'ar');
  await expect(popup.locator('[data-qari="title"]')).toHaveText('أعلن بوتين محور محادثاته مع بايدن');
  await expect(article).toContainText('وقال زعيم الكرملين');
  await expect(article).not.toContainText('اترك تعليقاً');
  await expect(article).not.toContainText('زر الذهاب إلى الأعلى');
  await popup.screenshot({ path: 'tmp/popup.png' });
});

test('the popup says so when the page has no article', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/not-articles/search.html`);
  const popup = await openPopup(page);
  const message = popup.locator('[data-qari="message"]');
  await expect(message).toContainText('No article on this page');
  await expect(popup.locator('[data-qari="article"]')).toHaveCount(0);
});

test('the popup says why on a page the browser keeps extensions out of', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto('chrome://version');
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="message"]')).toContainText("Qari can't read this page");
  await expect(popup.locator('[data-qari="message"]')).toContainText('own pages');
});
