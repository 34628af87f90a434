import { render } from 'preact';
import readerCss from '../../assets/reader.css?inline';
import firstScreenCss from '../../assets/reader-first-screen.css?inline';
import overlayCss from './overlay.css?inline';
import type { ReaderState } from '../../components/reader/ReaderView';
import type { ExtractResult } from '../../utils/article';
import type { Prefs, SiteDirections } from '../../utils/prefs/schema';
import { ensureFont } from '../../utils/browser/fonts';
import { askBackground } from '../../utils/browser/messaging';
import { TYPOGRAPHY, scriptOf } from '../../utils/prefs/typography';
import { FirstScreen } from './first-screen';
import { mark } from './marks';
import { quietPage } from './quiet';
import { HOST_CSS, sealHost, shadowMode } from './seal';
import type { SiteFixes } from '../../hooks/useEditMode';
import { viewCode, whenViewCode, type ViewCode } from './view-code';
import { articleSelection, restoreSelection } from './keep-selection';
import { holdEarlyKeys } from './early-keys';
import { holdFocusOff, holdInert, holdPageSheet } from '../../utils/dom/hold-page';

export interface Overlay {
  /** Reads the article again and shows it (after a change of the site's rules). */
  refresh(): void;
  /** Stops the page behind from scrolling and prints the view alone now, not a frame after the view's first paint. */
  holdPage(): void;
  unmount(): void;
}

export const HOST_ID = 'qari-reader-root';

/** Elements above which a page shows the loading state before extraction (a 5 MB page has ~40,000). */
const HUGE_PAGE_ELEMENTS = 15000;

/**
 * The view's stylesheets, each parsed once (the reader lives in one page):
 * each later open adopts the same sheet (no CSS parsed, no rule set built
 * again). The first screen's is the part of the whole view's it needs (12 of 28 KB).
 */
const viewSheets: Partial<Record<'first' | 'whole', CSSStyleSheet>> = {};

function styleShadow(shadow: ShadowRoot, which: 'first' | 'whole'): void {
  const css = `${HOST_CSS}\n${which === 'whole' ? readerCss : firstScreenCss}\n${overlayCss}`;
  try {
    let sheet = viewSheets[which];
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      viewSheets[which] = sheet;
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt sheets (Xray wrappers).
    let style = shadow.querySelector('style[data-qari-sheet]');
    if (!style) {
      style = document.createElement('style');
      style.setAttribute('data-qari-sheet', '');
      shadow.prepend(style);
    }
    style.textContent = css;
  }
}

const pathOf = (href: string) => href.replace(/#.*$/, '');

/**
 * Puts the full-page reader over the tab in a closed shadow root on
 * `#qari-reader-root` (seal.ts: the page can neither read nor restyle it,
 * and the view's events stop at the host). The page behind stops
 * scrolling; `unmount` gives it back exactly as it was (scroll position,
 * focus; the page's own styles are never touched) without a reload. A navigation of the page
 * (history.pushState, popstate) closes the view: it never shows a stale article.
 */
export function mountOverlay(extract: () => ExtractResult, initial: { prefs: Prefs; sites: SiteDirections }, onClose: () => void, fixes: SiteFixes): Overlay {
  const html = document.documentElement;
  const scroll = { left: window.scrollX, top: window.scrollY };
  const focused = document.activeElement as HTMLElement | null;
  const address = pathOf(location.href);

  const host = document.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: shadowMode() });
  // The whole view's code may be here already (a later open): then its sheet at once.
  let code = viewCode();
  styleShadow(shadow, code ? 'whole' : 'first');
  let container = document.createElement('div');
  shadow.append(container);

  // A page script must never get the focus back from the view: until the page is inert, the focus is kept off it.
  const focusOff = holdFocusOff(document, host);
  const restores = [sealHost(host, HOST_ID, onClose), quietPage(document), focusOff];
  // The host sits beside <body>, not in it, so the page can go inert (no focus,
  // no clicks, hidden from screen readers) while the view stays live.
  html.append(host);
  let closed = false;
  // The page held a frame after the view's first paint: its stylesheet and
  // an inert <body> each restyle the whole page (together 12-26 ms on a news
  // page of Folha's size, 10-14 ms of it the inertness), which the covered
  // page can take once the article is shown. Until then the page behind
  // could scroll, and the focus is kept off it. Printing asks for it at
  // once (`holdPage`).
  let held = false;
  const holdPage = () => {
    if (held || closed) return;
    held = true;
    restores.push(holdPageSheet(document));
    if (document.body) restores.push(holdInert(document.body));
    focusOff();
  };
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(holdPage, 0)));

  // The whole view when its code is here; until then the first screen, and
  // once that has painted the background is asked for the rest (view-code.ts).
  let latest: ReaderState = { kind: 'loading' };
  const props = (state: ReaderState, paintMark: 'view-painted' | 'view-ready', earlyKeys?: string[]) => ({ state, initialPrefs: initial.prefs, initialSites: initial.sites, onClose, fixes, paintMark, earlyKeys });
  // The reader keys while the first screen is shown: Esc closes, the others wait for the whole view.
  let releaseKeys: (() => string[]) | null = null;
  const takeOver = (arrived: ViewCode) => {
    if (closed || code) return;
    code = arrived;
    const earlyKeys = releaseKeys?.() ?? [];
    releaseKeys = null;
    // Drawn whole in a container of its own, then swapped in at once: the
    // first screen's nodes are never reused by another copy of Preact.
    const next = document.createElement('div');
    arrived.render(next, props(latest, 'view-ready', earlyKeys));
    const scrolled = container.querySelector('[data-qari="scroll"]')?.scrollTop ?? 0;
    // A selection the reader made in the first screen is made again in the whole view (its text is the same).
    const selected = articleSelection(container);
    // Focus in the first screen stays in the view: its element goes, and the
    // whole view takes the focus only a frame later; in between, keys would reach the page.
    const hadFocus = shadow.activeElement !== null && container.contains(shadow.activeElement);
    render(null, container);
    styleShadow(shadow, 'whole');
    container.replaceWith(next);
    container = next;
    const scroller = next.querySelector<HTMLElement>('[data-qari="scroll"]');
    if (scroller) scroller.scrollTop = scrolled;
    if (scroller && hadFocus) scroller.focus({ preventScroll: true });
    if (selected) restoreSelection(next, selected);
  };
  let asked = false;
  let stopWaiting = () => {};
  const show = (state: ReaderState) => {
    latest = state;
    if (code) return code.render(container, props(state, 'view-painted'));
    render(<FirstScreen state={state} prefs={initial.prefs} sites={initial.sites} onClose={onClose} />, container);
    releaseKeys ??= holdEarlyKeys(window, onClose);
    // The article's faces, as the whole view asks for them (PageReader.tsx): it finds them made.
    if (state.kind === 'article') {
      const { article } = state;
      void ensureFont(document, initial.prefs[TYPOGRAPHY[scriptOf(article.lang)].font], article.title + article.text).then(() => mark('fonts'));
    }
    if (state.kind === 'loading' || asked) return;
    asked = true;
    // Once the first screen has painted (a task queued from the frame's animation callback runs after its paint).
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark('view-painted');
        if (closed) return;
        // As the whole view does, after its paint (focus needs the layout): the page's keys scroll the view.
        container.querySelector<HTMLElement>('[data-qari="scroll"]')?.focus({ preventScroll: true });
        stopWaiting = whenViewCode(takeOver);
        void askBackground({ type: 'view-code' }).catch(() => {});
      }, 0),
    );
  };
  const showResult = () => {
    mark('extract-start');
    const result = extract();
    show(result.ok ? { kind: 'article', article: result.article } : { kind: 'no-article', reason: result.reason });
    mark('render');
  };
  // A page of ordinary size is read at once; on a huge one the loading state
  // paints first, so the tab visibly answers before the long extraction.
  let timer = 0;
  if (document.getElementsByTagName('*').length <= HUGE_PAGE_ELEMENTS) showResult();
  else {
    show({ kind: 'loading' });
    timer = window.setTimeout(showResult, 0);
  }

  // A navigation, or the page taking the host away, closes the view.
  const onNavigate = () => {
    if (pathOf(location.href) !== address || !host.isConnected) onClose();
  };
  const poll = window.setInterval(onNavigate, 400);
  window.addEventListener('popstate', onNavigate);

  return {
    refresh: showResult,
    holdPage,
    unmount() {
      closed = true;
      stopWaiting();
      releaseKeys?.();
      window.clearTimeout(timer);
      window.clearInterval(poll);
      window.removeEventListener('popstate', onNavigate);
      if (code) code.render(container, null);
      else render(null, container);
      host.remove();
      restores.forEach((restore) => restore());
      window.scrollTo({ ...scroll, behavior: 'instant' });
      if (focused && focused !== document.body && focused.isConnected) focused.focus({ preventScroll: true });
    },
  };
}
