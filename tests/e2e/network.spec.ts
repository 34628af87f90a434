import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { FONT_FILES, fontChoice, type FontFile } from '../../utils/prefs/fonts';
import { ARABIC_FONTS } from '../../utils/prefs/schema';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { controls, openFixture, openSettings, recordRequests, storePrefs, waitForQuiet, type RecordedRequest } from './helpers';

/*
 * No network of Qari's own. Every request the browser makes because of Qari
 * (its popup and options pages, its service worker, the reader in the tab)
 * is either one of Qari's own packaged files or one of the article's own
 * images on the page's server; with "load images" off, not even those.
 *
 * What the fixture page requests while it loads is the page's business: the
 * recording is cut at the point the page has loaded and gone quiet, and only
 * what follows is judged (plus everything Qari's own pages and worker ever
 * requested, from the start).
 */

/** The fonts an Arabic article (the seed) is offered: the settings panel switches through them. */
const FONTS = ARABIC_FONTS;
const ARABIC_FILES = FONTS.flatMap((id) => fontChoice(id).files);

/** The article's images, as the fixture page links them: `<origin>/pages/img/<name>.png`. */
const articleImage = (origin: string) => new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/pages/img/[\\w-]+\\.png$`);

/** Why a request is not allowed, or null when it is one of ours or an article image. */
function judge(req: RecordedRequest, extensionId: string, origin: string): string | null {
  const ours = `chrome-extension://${extensionId}/`;
  if (req.url.startsWith(ours)) {
    const path = new URL(req.url).pathname;
    return existsSync(join(EXTENSION_DIR, path)) ? null : `extension URL that is not a packaged file: ${path}`;
  }
  if (articleImage(origin).test(req.url)) return null;
  return 'neither a packaged file nor an article image';
}

const describe = (reqs: RecordedRequest[]) => reqs.map((r) => `  ${r.resourceType} ${r.url}\n    from ${r.from}`).join('\n') || '  (none)';

/** Waits until every font file of `files` has been requested by some Qari page or the worker. */
async function expectEveryFontRequested(list: RecordedRequest[], extensionId: string, what: string, files: FontFile[] = ARABIC_FILES) {
  const wanted = [...new Set(files.map((f) => `chrome-extension://${extensionId}${f.url}`))];
  await expect
    .poll(() => wanted.filter((url) => !list.some((r) => r.url === url)), { message: `font files not yet requested by ${what}` })
    .toEqual([]);
}

/** Picks every font in turn in a view's settings panel, giving each a moment to load. */
async function switchEveryFont(root: Page | Locator, idPrefix: string) {
  const c = controls(root, idPrefix);
  for (const font of FONTS) {
    await c.font.selectOption(font);
    await expect(c.font).toHaveValue(font);
  }
}

/** Scrolls a view's scroll box to the end, so lazy images come into view and load. */
async function scrollToEnd(scroll: Locator) {
  await scroll.evaluate(async (el) => {
    for (let y = 0; y <= el.scrollHeight; y += el.clientHeight / 2) {
      el.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    }
  });
}

test('the popup, the options page and the full-page view request nothing but our own files and the article images', async ({
  context,
  server,
  worker,
  extensionId,
  openPopup,
  command,
}) => {
  const rec = recordRequests(context);
  const page = await openFixture(context, server);
  await page.waitForLoadState('networkidle');
  const pageLoaded = rec.mark();
  const serverBaseline = server.requests.length;

  // The popup: the article, quote mode, every font.
  const popup = await openPopup(page);
  await expect(popup.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await popup.locator('[data-qari="quotes-toggle"]').click();
  await expect(popup.locator('[data-qari="quotes-toggle"]')).toHaveAttribute('aria-pressed', 'true');
  await openSettings(popup);
  await switchEveryFont(popup, 'qari-popup');
  await scrollToEnd(popup.locator('[data-qari="scroll"]'));
  await expect
    .poll(() => popup.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/['"]/g, ''))), {
      message: 'bundled faces loaded in the popup',
    })
    .toEqual(expect.arrayContaining(['Qari Naskh', 'Qari Amiri', 'Qari Kufi', 'Qari Sans']));
  await popup.close();

  // The options page: every font in its preview.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-qari="preview"] [data-qari="article"]')).toBeVisible();
  await switchEveryFont(options, 'qari-options');
  await options.close();

  // The full-page view: quote mode by its key, every font (fetched by the worker as bytes).
  await storePrefs(worker, { font: 'naskh', quotes: false });
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  await expect(view.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await page.keyboard.press('q');
  await expect(view.locator('[data-qari="quotes-toggle"]')).toHaveAttribute('aria-pressed', 'true');
  await openSettings(view);
  await switchEveryFont(view, 'qari-page');
  await scrollToEnd(view.locator('[data-qari="scroll"]'));
  const workerFonts = () => rec.since(pageLoaded).filter((r) => r.from.startsWith('worker:'));
  await expectEveryFontRequested(workerFonts(), extensionId, 'the worker for the full-page view');
  await waitForQuiet(() => rec.list.length);

  // Everything: Qari's pages and worker from the start, the tab only after it loaded.
  const qari = rec.list.filter((r) => r.seq >= pageLoaded || r.from.startsWith('chrome-extension://') || r.from.startsWith('worker:'));
  const bad = qari.filter((r) => judge(r, extensionId, server.origin) !== null);
  const byKind = (from: (r: RecordedRequest) => boolean) => qari.filter(from).length;
  console.log(
    `requests made because of Qari: ${qari.length} (worker ${byKind((r) => r.from.startsWith('worker:'))}, extension pages ${byKind((r) => r.from.startsWith('chrome-extension://'))}, ` +
      `the tab ${byKind((r) => r.from.startsWith(server.origin))}); to the page's server: ${qari.filter((r) => r.url.startsWith(server.origin)).map((r) => new URL(r.url).pathname).join(' ') || '(none)'}`,
  );
  expect(bad, `requests that are neither Qari's own files nor article images:\n${describe(bad)}`).toEqual([]);
  await expectEveryFontRequested(qari, extensionId, 'Qari');
  // The fixture server agrees: after the page loaded, only article images.
  const served = server.requests.slice(serverBaseline);
  expect(served.filter((p) => !/^\/pages\/img\/[\w-]+\.png$/.test(p)), `fixture server paths after load: ${served.join(' ')}`).toEqual([]);
  rec.stop();
});

test('a Persian, an Urdu and a Hebrew article: the full-page view has the worker fetch their fonts, and nothing else is requested', async ({ context, server, extensionId, command }) => {
  const rec = recordRequests(context);
  const wanted: FontFile[] = [];
  for (const [slug, font] of [
    ['persian-tech', 'vazirmatn'],
    ['urdu-smog', 'nastaliq'],
    ['hebrew-festival', 'frank-ruhl'],
  ] as const) {
    const page = await openFixture(context, server, slug);
    await page.waitForLoadState('networkidle');
    await command('toggle-reader', page);
    await expect(page.locator('#qari-reader-root [data-qari="article"] p').first()).toBeVisible();
    wanted.push(...fontChoice(font).files);
    await expectEveryFontRequested(rec.list.filter((r) => r.from.startsWith('worker:')), extensionId, `the worker for ${slug}`, wanted);
  }
  await waitForQuiet(() => rec.list.length);
  const ours = rec.list.filter((r) => r.from.startsWith('chrome-extension://') || r.from.startsWith('worker:'));
  const bad = ours.filter((r) => judge(r, extensionId, server.origin) !== null);
  expect(bad, `requests that are not Qari's own files:\n${describe(bad)}`).toEqual([]);
  // Every font file shipped is one an article can ask for.
  await expectEveryFontRequested(ours, extensionId, 'Qari', FONT_FILES.filter((f) => !ARABIC_FILES.includes(f)));
});

test('with images on, the full-page view loads the lazy images the page itself never loaded (the watch sees the view)', async ({ context, server, command }) => {
  // Control for the next test: figures.html keeps two of its images behind
  // data-src (a lazy-loading script the fixture does not run), so the page
  // never requests them; the reader promotes them and, with images on, loads them.
  const rec = recordRequests(context);
  const page = await openFixture(context, server, 'figures');
  await page.waitForLoadState('networkidle');
  const mark = rec.mark();
  const baseline = server.requests.length;
  await command('toggle-reader', page);
  const view = page.locator('#qari-reader-root');
  await expect(view.locator('[data-qari="article"] img[src*="pottery-kiln"]')).toHaveCount(1);
  await scrollToEnd(view.locator('[data-qari="scroll"]'));
  await expect.poll(() => server.requests.slice(baseline)).toContain('/pages/img/pottery-kiln.png');
  expect(rec.since(mark).some((r) => r.url.endsWith('/pages/img/pottery-kiln.png'))).toBe(true);
});

for (const slug of ['isna-wordpress', 'figures']) {
  test(`with "load images" off, the popup and the full-page view request nothing from the page's server (${slug})`, async ({
    context,
    server,
    worker,
    openPopup,
    command,
  }) => {
    await storePrefs(worker, { loadImages: false });
    const rec = recordRequests(context);
    const page = await openFixture(context, server, slug);
    await page.waitForLoadState('networkidle');
    const mark = rec.mark();
    const baseline = server.requests.length;

    const popup = await openPopup(page);
    const popupArticle = popup.locator('[data-qari="article"]');
    await expect(popupArticle).toBeVisible();
    await openSettings(popup);
    await expect(controls(popup, 'qari-popup').images).not.toBeChecked();
    await expect(popupArticle.locator('img[src], img[srcset]')).toHaveCount(0);
    await scrollToEnd(popup.locator('[data-qari="scroll"]'));
    await popup.waitForLoadState('networkidle');
    await popup.close();

    await command('toggle-reader', page);
    const view = page.locator('#qari-reader-root');
    await expect(view.locator('[data-qari="article"]')).toBeVisible();
    await expect(view.locator('[data-qari="article"] img[src], [data-qari="article"] img[srcset]')).toHaveCount(0);
    await scrollToEnd(view.locator('[data-qari="scroll"]'));
    await waitForQuiet(() => rec.list.length + server.requests.length, 1000);

    const toServer = rec.since(mark).filter((r) => r.url.startsWith(server.origin));
    expect(toServer, `browser requests to the page's server after it loaded:\n${describe(toServer)}`).toEqual([]);
    expect(server.requests.slice(baseline), "paths the page's server saw after the page loaded").toEqual([]);
    const elsewhere = rec.since(mark).filter((r) => !r.url.startsWith(`chrome-extension://`));
    expect(elsewhere, `requests that are not Qari's own files:\n${describe(elsewhere)}`).toEqual([]);
  });
}
