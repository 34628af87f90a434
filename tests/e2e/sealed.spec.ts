import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { FixtureServer } from '../../scripts/fixture-server';
import { expect, test } from './fixtures';
import { extensionMessage, openFixture, storePrefs, storedPrefs } from './helpers';

/*
 * The page cannot look into the full-page view (entrypoints/reader.content/seal.ts).
 * The shipped build attaches the view to a closed shadow root from the
 * content script's isolated world; the test build keeps it open for the
 * other tests' locators, and gives a test the shipped closed root when the
 * isolated world's `qariTestClosed` is set first. The page's side is played
 * by `page.evaluate` (the page's main world); what the view really shows is
 * read as Qari itself can, from the isolated world with
 * `chrome.dom.openOrClosedShadowRoot`, so no check here passes on an empty view.
 */

declare const chrome: {
  scripting: { executeScript<T>(i: { target: { tabId: number }; func: () => T }): Promise<Array<{ result: T }>> };
  dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null };
};

const HOST = 'qari-reader-root';

/** Asks tab `tabId`'s reader for the shipped, closed shadow root: set in its isolated world, before the view opens. */
async function shippedRootIn(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => void ((globalThis as { qariTestClosed?: boolean }).qariTestClosed = true),
      }),
    tabId,
  );
}

interface Seen {
  title: string;
  text: string;
  theme: string | null;
  size: string;
  settingsOpen: boolean;
  scrollTop: number;
  /** Points in the viewport: the settings toggle, the first paragraph, the first quotation (quote mode), inside the scrolling part. */
  toggle: { x: number; y: number };
  quote: { x: number; y: number };
  paragraph: { x: number; y: number };
  scroller: { x: number; y: number };
}

/** The view as Qari sees it, through the isolated world; null when there is none. */
async function viewSeenByQari(worker: Worker, tabId: number): Promise<Seen | null> {
  return worker.evaluate(async (id) => {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const host = document.getElementById('qari-reader-root');
        const root = host && chrome.dom.openOrClosedShadowRoot(host);
        if (!root) return null;
        const centre = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return r ? { x: r.x + r.width / 2, y: r.y + Math.min(12, r.height / 2) } : { x: -1, y: -1 };
        };
        const surface = root.querySelector<HTMLElement>('.qari');
        return {
          title: root.querySelector('[data-qari="title"]')?.textContent ?? '',
          text: root.querySelector('[data-qari="article"]')?.textContent ?? '',
          theme: surface?.getAttribute('data-theme') ?? null,
          size: surface?.style.getPropertyValue('--qari-size') ?? '',
          settingsOpen: root.querySelector('[data-qari="settings"]') !== null,
          scrollTop: root.querySelector('[data-qari="scroll"]')?.scrollTop ?? -1,
          toggle: centre(root.querySelector('[data-qari="settings-toggle"]')),
          paragraph: centre(root.querySelector('[data-qari="article"] p')),
          quote: centre(root.querySelector('[data-qari="article"] mark[data-qari-quote]')),
          scroller: (() => {
            const r = root.querySelector('[data-qari="scroll"]')!.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.bottom - 40 };
          })(),
        };
      },
    });
    return frame?.result ?? null;
  }, tabId);
}

/** The fixtures `openSealed` needs (tests/e2e/fixtures.ts). */
interface Fixtures {
  context: BrowserContext;
  server: FixtureServer;
  worker: Worker;
  tabIdOf: (page: Page) => Promise<number>;
  command: (name: string, page: Page) => Promise<unknown>;
}

/** Opens the seed article with the shipped closed root, runs `beforeOpen` in the page, opens the view and waits for its article. */
async function openSealed({ context, server, worker, tabIdOf, command }: Fixtures, beforeOpen?: (page: Page) => Promise<void>) {
  const page = await openFixture(context, server);
  const tabId = await tabIdOf(page);
  await shippedRootIn(worker, tabId);
  if (beforeOpen) await beforeOpen(page);
  expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
  await expect.poll(async () => (await viewSeenByQari(worker, tabId))?.title ?? '').not.toBe('');
  return { page, tabId, seen: (await viewSeenByQari(worker, tabId))! };
}

test('a page script cannot read the article or the settings from the view: its shadow root is closed', async ({ context, server, worker, tabIdOf, command }) => {
  await storePrefs(worker, { theme: 'sepia', fontSize: 27, width: 'wide', quotes: true });
  const { page, tabId, seen } = await openSealed({ context, server, worker, tabIdOf, command }, (p) =>
    // The page prepares before the reader comes: a patched attachShadow to
    // catch the root, and a watch on every node added to its document.
    p.evaluate(() => {
      const trap = { attached: 0, added: [] as string[] };
      (window as unknown as { trap: typeof trap }).trap = trap;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        trap.attached++;
        return attach.call(this, init);
      };
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) trap.added.push((n as Element).id || n.nodeName);
      }).observe(document, { childList: true, subtree: true });
    }),
  );
  // The view is there, with the article and those settings (seen from Qari's side).
  expect(seen.title).toBe('أعلن بوتين محور محادثاته مع بايدن');
  expect(seen.text).toContain('وقال زعيم الكرملين');
  expect(seen).toMatchObject({ theme: 'sepia', size: '27px' });
  const [settingsLabel, closeLabel] = [await extensionMessage(worker, 'settings'), await extensionMessage(worker, 'close')];

  // What the page finds.
  const found = await page.evaluate((id) => {
    const host = document.getElementById(id)!;
    const trap = (window as unknown as { trap: { attached: number; added: string[] } }).trap;
    return {
      shadowRoot: host.shadowRoot,
      viewNodes: document.querySelectorAll('[data-qari], .qari').length,
      hostText: host.innerText + host.textContent + ((host as unknown as { getHTML?(o: object): string }).getHTML?.({ serializableShadowRoots: true }) ?? ''),
      attributes: host.getAttributeNames(),
      hostSize: getComputedStyle(host).getPropertyValue('--qari-size'),
      documentHtml: document.documentElement.outerHTML,
      pageSheets: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      attached: trap.attached,
      added: trap.added,
      active: document.activeElement?.id,
      atCentre: document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.id,
    };
  }, HOST);
  expect(found.shadowRoot).toBeNull();
  expect(found.viewNodes).toBe(0);
  expect(found.hostText).toBe('');
  expect(found.attributes).toEqual(['id']);
  expect(found.hostSize).toBe('');
  // The patched attachShadow was never called (the isolated world has its own prototypes),
  // and the only node the page saw added is the host.
  expect(found.attached).toBe(0);
  expect(found.added).toEqual([HOST]);
  // Focus and hit tests stop at the host.
  expect(found.active).toBe(HOST);
  expect(found.atCentre).toBe(HOST);
  // None of the view's words or settings anywhere the page can read: its document, the sheet Qari adds to it.
  for (const needle of [settingsLabel, closeLabel, 'data-theme="sepia"', '--qari-size', '27px']) {
    expect(found.documentHtml, `"${needle}" in the page's document`).not.toContain(needle);
    expect(found.pageSheets, `"${needle}" in Qari's sheet on the page`).not.toContain(needle);
  }

  // The user selects a word in the view: the page's Selection names no node inside it.
  await page.mouse.dblclick(seen.paragraph.x, seen.paragraph.y);
  const selection = await page.evaluate((id) => {
    const s = document.getSelection()!;
    const host = document.getElementById(id)!;
    const inside = (n: Node | null) => !!n && (n.getRootNode() !== document || host.contains(n));
    const composed = (s as unknown as { getComposedRanges?(): StaticRange[] }).getComposedRanges?.() ?? [];
    return {
      type: s.type,
      anchorInside: inside(s.anchorNode),
      focusInside: inside(s.focusNode),
      composedInside: composed.some((r) => inside(r.startContainer) || inside(r.endContainer)),
    };
  }, HOST);
  expect(selection).toEqual({ type: 'Range', anchorInside: false, focusInside: false, composedInside: false });
  // Closing takes the view away as it came.
  expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: false } });
  expect(await viewSeenByQari(worker, tabId)).toBeNull();
});

test("the view's events stop at its host: the page's listeners get none while they bubble, its capture listeners see only the host", async ({ context, server, worker, tabIdOf, command }) => {
  const { page, tabId, seen } = await openSealed({ context, server, worker, tabIdOf, command }, (p) =>
    p.evaluate(() => {
      const log: Array<{ type: string; where: string; phase: string; target: string; path: string[] }> = [];
      (window as unknown as { seen: typeof log }).seen = log;
      const name = (n: EventTarget) => (n === window ? 'window' : (n as Element).id || (n as Node).nodeName);
      for (const type of ['keydown', 'keyup', 'click', 'pointerdown', 'mousedown', 'focusin', 'wheel', 'copy']) {
        for (const [where, target] of [['window', window], ['document', document]] as const) {
          for (const capture of [true, false]) {
            target.addEventListener(type, (e) => log.push({ type, where, phase: capture ? 'capture' : 'bubble', target: name(e.target!), path: e.composedPath().map(name) }), { capture });
          }
        }
      }
      // A site that hijacks scrolling: these would stop the view scrolling if they got its events.
      document.addEventListener('wheel', (e) => e.preventDefault(), { passive: false });
      window.addEventListener('keydown', (e) => e.key === 'x' && e.preventDefault());
    }),
  );
  const before = Number((await storedPrefs(worker)).fontSize ?? 20);

  await page.mouse.click(seen.toggle.x, seen.toggle.y);
  await expect.poll(async () => (await viewSeenByQari(worker, tabId))?.settingsOpen).toBe(true);
  await page.keyboard.press('x');
  await page.keyboard.press('Tab');
  await page.keyboard.press('+');
  await expect.poll(async () => Number((await storedPrefs(worker)).fontSize)).toBe(before + 1);
  const { scroller } = (await viewSeenByQari(worker, tabId))!;
  await page.mouse.move(scroller.x, scroller.y);
  await page.mouse.wheel(0, 600);
  // The view scrolled, whatever the page's wheel listener wanted.
  await expect.poll(async () => (await viewSeenByQari(worker, tabId))?.scrollTop ?? 0).toBeGreaterThan(0);
  const { paragraph } = (await viewSeenByQari(worker, tabId))!;
  await page.mouse.dblclick(paragraph.x, paragraph.y);
  await page.keyboard.press('Control+C');

  const log = await page.evaluate(() => (window as unknown as { seen: Array<{ type: string; where: string; phase: string; target: string; path: string[] }> }).seen);
  expect(log.filter((e) => e.phase === 'bubble'), 'events that bubbled out of the view').toEqual([]);
  const captured = log.filter((e) => e.phase === 'capture');
  // The page's capture listeners ran (they cannot be stopped), and saw no further than the host.
  expect(new Set(captured.map((e) => e.type))).toEqual(new Set(['keydown', 'keyup', 'click', 'pointerdown', 'mousedown', 'focusin', 'wheel', 'copy']));
  for (const e of captured) {
    expect(e.target, JSON.stringify(e)).toBe(HOST);
    expect(e.path[0], JSON.stringify(e)).toBe(HOST);
  }

  // Closed, the page has its events back.
  await command('toggle-reader', page);
  await page.keyboard.press('y');
  const after = await page.evaluate(() => (window as unknown as { seen: Array<{ type: string; phase: string; where: string }> }).seen.filter((e) => e.phase === 'bubble'));
  expect(after.map((e) => `${e.type} ${e.where}`)).toEqual(expect.arrayContaining(['keydown document', 'keydown window']));
});

test("a page script cannot press the reader's keys or copy a citation out of it: only the user's own events count", async ({ context, server, worker, tabIdOf, command }) => {
  await storePrefs(worker, { quotes: true, fontSize: 20 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const { page, tabId } = await openSealed({ context, server, worker, tabIdOf, command });
  // Quote mode marks the quotations once the article is in; the first one is brought into view.
  await expect.poll(async () => (await viewSeenByQari(worker, tabId))?.quote.x ?? -1).toBeGreaterThan(0);
  await worker.evaluate((id) =>
    chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => void chrome.dom.openOrClosedShadowRoot(document.getElementById('qari-reader-root')!)!.querySelector('mark[data-qari-quote]')!.scrollIntoView({ block: 'center' }),
    }), tabId);
  const seen = (await viewSeenByQari(worker, tabId))!;
  // Keys a script makes up, wherever it sends them: larger, quote mode off, close.
  await page.evaluate((id) => {
    for (const key of ['+', '+', 'q', 'j', 'Escape']) {
      for (const target of [window, document, document.getElementById(id)!]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
      }
    }
  }, HOST);
  expect(await viewSeenByQari(worker, tabId), 'the view is still open').not.toBeNull();
  expect(await storedPrefs(worker)).toMatchObject({ fontSize: 20, quotes: true });

  // The user selects a word of a quotation: a copy of it is its citation.
  await page.mouse.dblclick(seen.quote.x, seen.quote.y);
  const made = await page.evaluate((id) => {
    const data = new DataTransfer();
    for (const target of [window, document, document.getElementById(id)!]) target.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
    return data.getData('text/plain');
  }, HOST);
  expect(made, "the citation, in a copy event the page made").toBe('');
  // The user's own copy (control): the citation reaches the clipboard.
  await page.keyboard.press('Control+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^«.+» — /);
  // And the user's own keys still work.
  await page.keyboard.press('+');
  await expect.poll(async () => (await storedPrefs(worker)).fontSize).toBe(21);
});

test('the page cannot hide, restyle or disable the view: its rules lose to the shadow root\'s, its attributes on the host are taken away', async ({ context, server, command }) => {
  // The open root of the test build, so locators can check the view: the host's rules and the attribute guard are the same in both modes.
  const page = await openFixture(context, server);
  await command('toggle-reader', page);
  const host = page.locator(`#${HOST}`);
  await expect(host.locator('[data-qari="article"]')).toContainText('وقال زعيم الكرملين');
  await page.addStyleTag({ content: `html > #${HOST}#${HOST} { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: scale(0) !important; }` });
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    el.style.cssText = 'display: none !important; pointer-events: none !important; filter: blur(20px) !important';
    el.inert = true;
    el.hidden = true;
    el.setAttribute('aria-hidden', 'true');
    el.className = 'gone';
  }, HOST);
  await expect.poll(() => host.evaluate((el) => el.getAttributeNames())).toEqual(['id']);
  const style = await host.evaluate((el) => {
    const s = getComputedStyle(el);
    return { display: s.display, visibility: s.visibility, opacity: s.opacity, transform: s.transform, filter: s.filter, pointerEvents: s.pointerEvents, position: s.position };
  });
  expect(style).toEqual({ display: 'block', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', pointerEvents: 'auto', position: 'fixed' });
  await expect(host.locator('[data-qari="article"]')).toBeVisible();
  // Still live: a click reaches the view.
  await host.locator('[data-qari="settings-toggle"]').click();
  await expect(host.locator('[data-qari="settings"]')).toBeVisible();
  // A renamed host gets its id back.
  await page.evaluate((id) => void (document.getElementById(id)!.id = 'renamed'), HOST);
  await expect(page.locator('#renamed')).toHaveCount(0);
  await expect(host).toHaveCount(1);
});

test('a page that takes the host away gets itself back: the view closes, the page scrolls again, the shortcut opens a new view', async ({ context, server, command }) => {
  const page = await openFixture(context, server);
  await command('toggle-reader', page);
  await expect(page.locator(`#${HOST} [data-qari="article"]`)).toBeVisible();
  // The page goes inert a frame after the view's first paint.
  await expect.poll(() => page.evaluate(() => document.body.inert)).toBe(true);
  await page.evaluate((id) => document.getElementById(id)!.remove(), HOST);
  await expect.poll(() => page.evaluate(() => ({ inert: document.body.inert, overflow: getComputedStyle(document.documentElement).overflow }))).toEqual({ inert: false, overflow: 'visible' });
  expect(await command('toggle-reader', page)).toEqual({ ok: true, value: { open: true } });
  await expect(page.locator(`#${HOST} [data-qari="article"]`)).toBeVisible();
  await expect(page.locator(`#${HOST}`)).toHaveCount(1);
});

test("the page learns nothing of the extension from its messages: no window message it receives while the view opens and closes names Qari's id", async ({ context, server, command, extensionId }) => {
  const page = await openFixture(context, server);
  // The page's own listener, in its main world, as a fingerprinting script would set it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { qariSeen: string[] }).qariSeen = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data) ?? String(e.data)));
  });
  await command('toggle-reader', page);
  await expect(page.locator('#qari-reader-root')).toHaveCount(1);
  await command('toggle-reader', page);
  await expect(page.locator('#qari-reader-root')).toHaveCount(0);
  await command('toggle-reader', page);
  await expect(page.locator('#qari-reader-root')).toHaveCount(1);
  // A message of our own from the page itself comes through the same listener: the listener is not deaf.
  await page.evaluate(() => window.postMessage({ probe: 'page' }, '*'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { qariSeen: string[] }).qariSeen.join('\n'))).toContain('probe');
  const seen = await page.evaluate(() => (window as unknown as { qariSeen: string[] }).qariSeen);
  expect(seen.filter((m) => m.includes(extensionId))).toEqual([]);
});
