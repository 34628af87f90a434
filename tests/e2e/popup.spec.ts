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
