import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openFixture, openFixturePath } from './helpers';
import { HOST, READING, viewOf } from './reading-helpers';

/*
 * The contents list of a long article (three subheadings or more), in both
 * views: it follows the reading position (the current heading marked with
 * aria-current, and named in the summary), goes to a heading when one is
 * chosen, and is laid out right to left with each heading in its own direction.
 */

const HEADINGS = ['ماذا يشمل البرنامج؟', 'أصوات من المدن الصغيرة', 'التمويل والجدول الزمني', 'ما الذي ينتظره القرّاء؟'];

/** Scrolls the reader so that heading `index` of the article sits at the top of the reading area. */
function scrollToHeading(page: Page, host: string | null, index: number) {
  return page.evaluate(
    ([hostSelector, i]) => {
      const root = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
      const heading = root.querySelectorAll('[data-qari="article"] :is(h2, h3, h4)')[i] as HTMLElement;
      heading.scrollIntoView({ block: 'start' });
    },
    [host, index] as const,
  );
}

for (const view of ['popup', 'full page'] as const) {
  test(`a long article gets its contents in the ${view}, marking the heading the reader is in after scrolling, and going to a heading chosen`, async ({ context, server, command, openPopup }) => {
    const page = await openFixturePath(context, server, READING);
    let target: Page = page;
    let host: string | null = HOST;
    if (view === 'popup') {
      target = await openPopup(page);
      host = null;
    } else await command('toggle-reader', page);
    const surface = viewOf(target, host);
    const contents = surface.locator('[data-qari="contents"]');
    await expect(contents).toBeVisible();
    await contents.locator('summary').click();
    const items = contents.locator('li button');
    await expect(items).toHaveText(HEADINGS);
    // The list right to left as the article is (whatever the interface's direction), each heading in its own.
    expect(await contents.locator('ol').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await items.first().locator('span').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The h3 is indented under its section, by its inline start.
    await expect(contents.locator('li[data-level="3"]')).toHaveCount(1);

    // Above the first heading, none is current.
    await expect(contents.locator('[aria-current]')).toHaveCount(0);
    await scrollToHeading(target, host, 2);
    await expect(items.nth(2)).toHaveAttribute('aria-current', 'location');
    await expect(contents.locator('[aria-current]')).toHaveCount(1);
    await expect(contents.locator('summary')).toContainText(HEADINGS[2]);

    await items.nth(0).click();
    await expect(items.nth(0)).toHaveAttribute('aria-current', 'location');
    const heading = surface.locator('[data-qari="article"] h2').first();
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });
}

test('a short article (the seed, fewer than three subheadings) gets no contents', async ({ context, server, openPopup }) => {
  const page = await openFixture(context, server);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  const count = await popup.locator('[data-qari="article"] :is(h2, h3, h4)').count();
  expect(count).toBeLessThan(3);
  await expect(popup.locator('[data-qari="contents"]')).toHaveCount(0);
});
