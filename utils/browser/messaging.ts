import { browser } from 'wxt/browser';
import { READER_ANSWER, READER_GLOBAL, READER_PENDING, READER_STRINGS, type BackgroundHandlers, type LibraryLink, type BackgroundReplies, type Reached, type ReaderReplies, type Sender, type ToBackground, type ToReader } from '../contract';
import { restrictionOfError, restrictionOfUrl } from '../restricted';

/** Path of the runtime-registered reader content script in the build. */
const READER_SCRIPT = '/content-scripts/reader.js';

/** The rest of the full-page view's code (entrypoints/reader-view.content), injected after the view's first screen. */
const VIEW_SCRIPT = '/content-scripts/reader-view.js';

/**
 * Injects the rest of the view's code into the frame of a tab whose reader
 * asked for it: only into that frame (a content script's message carries
 * its tab and frame; the page cannot send one), only Qari's own file.
 */
export async function injectViewCode(from: Sender): Promise<{ ok: true } | { error: string }> {
  if (from.tabId === undefined) return { error: 'not from a tab' };
  try {
    await browser.scripting.executeScript({ target: { tabId: from.tabId, frameIds: [from.frameId ?? 0] }, files: [VIEW_SCRIPT] });
    return { ok: true };
  } catch (e) {
    return { error: String((e as Error)?.message ?? e) };
  }
}

/**
 * How long a tab gets to let a trivial script in before Qari says it will
 * not. A tab that is only busy answers late: one still laying out a 5 MB
 * page took over 4 s on a loaded 2-core machine, and the reader must not
 * call that page closed to it. The tabs that never answer are mostly named
 * by their address first (view-source:, the browser's own pages, the
 * store), so this wait is only ever met on the few that are not.
 */
const ANSWER_MS = 15_000;
const TIMED_OUT = new Error('The tab did not answer');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(TIMED_OUT), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const MISSING = '__qariMissing';

/** Runs `request` in the reader of tab `tabId`, or tells that it is not there yet. */
async function call<R extends ToReader>(tabId: number, request: R): Promise<unknown> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the tab's isolated world, where the reader installed its endpoint.
    func: (name: string, req: ToReader, missing: string) => {
      const endpoint = (globalThis as Record<string, unknown>)[name] as { handle(r: ToReader): unknown } | undefined;
      return endpoint ? endpoint.handle(req) : { [missing]: true };
    },
    args: [READER_GLOBAL, request, MISSING],
  });
  return frame?.result;
}

/**
 * Sends `request` to the reader in tab `tabId`, injecting the reader first
 * when the tab has none; `strings` (the background's uiStringBundle), when
 * given, go with it for that reader. Pages the browser keeps extensions out
 * of come back as `{ restricted }`, anything else that fails as `{ error }`.
 */
export async function askReader<R extends ToReader>(tabId: number, request: R, strings?: Record<string, string>): Promise<Reached<ReaderReplies[R['type']]>> {
  // A tab that will not let a script in may also never say so (Chromium
  // leaves executeScript pending on a view-source: tab): a trivial question
  // first, with a time limit, before the possibly long real one. It is asked
  // while the tab's address is read (one round trip, not two); a tab the
  // browser keeps extensions out of refuses it, and its address says why.
  // A tab with no reader yet keeps the request for the reader about to be
  // injected (index.ts), which answers it as it starts, and the UI strings.
  const asked = withTimeout(
    browser.scripting.executeScript({
      target: { tabId },
      func: (name: string, pendingName: string, req: ToReader, stringsName: string, uiStrings: Record<string, string> | null) => {
        const scope = globalThis as Record<string, unknown>;
        if (name in scope) return true;
        scope[pendingName] = req;
        if (uiStrings) scope[stringsName] = uiStrings;
        return false;
      },
      args: [READER_GLOBAL, READER_PENDING, request, READER_STRINGS, strings ?? null],
    }),
    ANSWER_MS,
  );
  asked.catch(() => {});
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (e) {
    return { ok: false, error: { error: String((e as Error)?.message ?? e) } };
  }
  const early = restrictionOfUrl(url);
  if (early && early !== 'pdf') return { ok: false, error: { restricted: early } };
  try {
    const present = await asked;
    let value: unknown;
    if (present[0]?.result !== true) {
      const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
      const answer = injected?.result;
      if (answer && typeof answer === 'object' && READER_ANSWER in answer) value = (answer as Record<string, unknown>)[READER_ANSWER];
    }
    // A reader that was there already, or one that did not answer as it started.
    if (value === undefined) value = await call(tabId, request);
    if (value && typeof value === 'object' && MISSING in value) {
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
      value = await call(tabId, request);
    }
    if (value === undefined || value === null) return { ok: false, error: { error: 'The reader did not answer.' } };
    return { ok: true, value: value as ReaderReplies[R['type']] };
  } catch (e) {
    if (e === TIMED_OUT) return { ok: false, error: { restricted: restrictionOfUrl(url) ?? 'no-answer' } };
    const message = String((e as Error)?.message ?? e);
    const restricted = restrictionOfError(message, url);
    return { ok: false, error: restricted ? { restricted } : { error: message } };
  }
}

/** Sends `request` to the background service worker. */
export function askBackground<R extends ToBackground>(request: R): Promise<BackgroundReplies[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundReplies[R['type']]>;
}

/**
 * Answers the requests of Qari's own pages and content scripts with
 * `handlers`, each typed by the request it takes; anything else (another
 * sender, an unknown type) gets no answer.
 */
export function serveBackground(handlers: BackgroundHandlers): void {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only Qari's own pages and content scripts talk to it.
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as ToBackground | null)?.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const from: Sender = { tabId: sender.tab?.id, frameId: sender.frameId };
    return (handlers[type] as (request: ToBackground, from: Sender) => Promise<unknown>)(message as ToBackground, from);
  });
}

/** The library as a tab's reader and the popup reach it: through the background, which owns the database. */
export const libraryThroughBackground: LibraryLink = {
  save: (save) => askBackground({ type: 'library-save', save }),
  status: (url) => askBackground({ type: 'library-status', url }),
  position: (url, position) => void askBackground({ type: 'library-position', url, position }).catch(() => undefined),
};
