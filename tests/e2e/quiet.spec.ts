import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

/** Whether the page's clip and sound are paused, read in the page. */
const paused = (page: Page) => page.evaluate(() => ['clip', 'sound'].map((id) => (document.getElementById(id) as HTMLMediaElement).paused));

/** Waits until both play and their time moves on: really playing, not just asked to. */
async function playing(page: Page): Promise<void> {
  await page.waitForFunction(() => ['clip', 'sound'].every((id) => {
    const m = document.getElementById(id) as HTMLMediaElement;
    return !m.paused && m.currentTime > 0;
  }));
}

test('the page goes quiet when the full-page view opens, stays quiet while it is open, and closing resumes nothing', async ({ context, server, command }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/media/playing.html`);
  // A real click: sound may only start after a user gesture.
  await page.click('#start');
  await playing(page);

  await command('toggle-reader', page);
  await expect(page.locator('#qari-reader-root [data-qari="article"]')).toBeVisible();
  expect(await paused(page)).toEqual([true, true]);

  // The page tries again while the view is open (an autoplay that starts late).
  await page.evaluate(() => Promise.allSettled(['clip', 'sound'].map((id) => (document.getElementById(id) as HTMLMediaElement).play())));
  await page.waitForFunction(() => ['clip', 'sound'].every((id) => (document.getElementById(id) as HTMLMediaElement).paused));

  await command('toggle-reader', page);
  await expect(page.locator('#qari-reader-root')).not.toBeAttached();
  expect(await paused(page)).toEqual([true, true]);

  // Closed, the page is the page's again: its media plays when asked.
  await page.click('#start');
  await playing(page);
});
