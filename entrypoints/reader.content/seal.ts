/**
 * What keeps the page out of the full-page view. The view lives in a closed
 * shadow root attached from the content script's isolated world: the page's
 * scripts get `null` for the host's `shadowRoot`, and the page's own
 * prototypes (a patched `attachShadow`) never see it. What the page can still
 * do to the host, an element of its document, is limited here.
 */

/**
 * Closed in every build but the browser tests' (`QARI_E2E`), whose locators
 * read the view through an open root; there a test gets the shipped closed
 * root by setting `qariTestClosed` on the isolated world's global first
 * (through `scripting.executeScript`, which the page cannot reach).
 */
export function shadowMode(): ShadowRootMode {
  if (import.meta.env.QARI_E2E && !(globalThis as { qariTestClosed?: boolean }).qariTestClosed) return 'open';
  return 'closed';
}

/**
 * The host's own rules, inside its shadow root: `!important` there outranks
 * every rule of the page, `!important`, inline or more specific ones included
 * (the cascade lets the inner context win for important declarations), so the
 * page can neither hide nor restyle the view. Printing the tab prints the view
 * alone, flowing like a document.
 */
export const HOST_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
}
@media print {
  :host { position: static !important; inset: auto !important; }
}`;

/**
 * Events from inside the view that stop at its host, so the page's listeners
 * (on the document, the window, or its elements) never get them while they
 * bubble: no key, click, pointer, focus, input or clipboard event of the
 * reader reaches a site's shortcuts, its scroll hijacking (a `wheel` or
 * `keydown` listener that calls preventDefault would stop the view
 * scrolling) or its trackers. The page's capture listeners on the window and
 * the document run before the view gets an event and cannot be stopped; with
 * a closed root they see the host as its target and nothing inside it.
 */
export const STOPPED_AT_HOST = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointercancel',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
  'wheel',
  'focusin',
  'focusout',
  'copy',
  'cut',
  'paste',
  'selectstart',
  'dragstart',
  'drag',
  'dragend',
] as const;

/**
 * Seals `host` for as long as the view is open: the events above stop there,
 * and any attribute the page gives it (`inert`, `hidden`, `style`, `class`,
 * `aria-hidden`…) is taken away again, its id put back. `gone` is called
 * when the page takes the host out of the document (the caller also checks
 * `isConnected` on its own timer, for a page that replaces the whole
 * document element): the view then closes and gives the page back, rather
 * than leave it inert with no view. Returns how to lift the seal.
 */
export function sealHost(host: HTMLElement, id: string, gone: () => void): () => void {
  const stop = (e: Event) => e.stopPropagation();
  // Passive: stopping needs no preventDefault, and scrolling stays off the main thread.
  for (const type of STOPPED_AT_HOST) host.addEventListener(type, stop, { passive: true });
  const guard = () => {
    for (const name of host.getAttributeNames()) if (name !== 'id') host.removeAttribute(name);
    if (host.id !== id) host.id = id;
  };
  const attributes = new MutationObserver(guard);
  attributes.observe(host, { attributes: true });
  const parent = host.ownerDocument.documentElement;
  const removal = new MutationObserver(() => {
    if (!host.isConnected) gone();
  });
  removal.observe(parent, { childList: true });
  return () => {
    attributes.disconnect();
    removal.disconnect();
    for (const type of STOPPED_AT_HOST) host.removeEventListener(type, stop, { passive: true } as EventListenerOptions);
  };
}
