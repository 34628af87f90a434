import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { keepFocusInside } from '../utils/dom/focus';
import { actionOf, type ReaderAction } from '../utils/keymap';

export interface ReaderKeys {
  /** What each reader action does now; null where it does nothing in this state (no article, no quotation). */
  actions: Record<ReaderAction, (() => void) | null>;
  /** Tab keeps the focus inside the view (the full-page view is modal). */
  trapFocus: boolean;
  /** What a copy in the view carries instead of the selection; '' leaves the copy to the browser. */
  copyText: () => string;
  /**
   * Only the user's own keys and copies count (`isTrusted`): over a page,
   * whose scripts share the window, a script's synthetic keydown must not
   * change the user's settings or close the view, nor its copy event carry
   * a citation out.
   */
  trustedOnly: boolean;
}

/** Keys typed into form controls are never taken over by the reader. */
function typingIn(e: KeyboardEvent): boolean {
  const el = e.composedPath()[0] as HTMLElement | undefined;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable === true);
}

/**
 * The reader's keys (utils/keymap.ts) and copies, wherever focus is in the
 * view's document. Over a page they are taken first (capture), so the site's
 * own shortcuts stay quiet. `keys` is read afresh at each event.
 */
export function useReaderKeys(rootRef: RefObject<HTMLElement | null>, keys: ReaderKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const win = rootRef.current?.ownerDocument.defaultView;
    if (!win) return;
    const untrusted = (e: Event) => latest.current.trustedOnly && !e.isTrusted;
    const onKey = (e: KeyboardEvent) => {
      if (untrusted(e) || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e)) return;
      const { actions, trapFocus } = latest.current;
      const action = actionOf(e.key);
      const run = action ? actions[action] : null;
      if (run) run();
      else if (!(e.key === 'Tab' && trapFocus && rootRef.current && keepFocusInside(rootRef.current, e.shiftKey))) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    const onCopy = (e: ClipboardEvent) => {
      if (untrusted(e)) return;
      const text = latest.current.copyText();
      if (!text || !e.clipboardData) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
      // Over a page, no later listener of the page's may read what was put there.
      e.stopImmediatePropagation();
    };
    win.addEventListener('keydown', onKey, true);
    win.addEventListener('copy', onCopy, true);
    return () => {
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('copy', onCopy, true);
    };
  }, []);
}
