import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { keepFocusInside } from '../utils/dom/focus';
import { actionOf, plainReaderKey, type ReaderAction } from '../utils/keymap';

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
  /**
   * Keys (`KeyboardEvent.key`) pressed before this view was here, acted on
   * in order once it is: one a frame after its first paint, so each sees
   * what the one before did (Q, then J steps through the quotations Q showed).
   */
  replay?: readonly string[];
}

/**
 * The reader's keys (utils/keymap.ts) and copies, wherever focus is in the
 * view's document. Over a page they are taken first (capture), so the site's
 * own shortcuts stay quiet. `keys` is read afresh at each event.
 */
export function useReaderKeys(rootRef: RefObject<HTMLElement | null>, keys: ReaderKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  // A layout effect: the keys are the view's as it is drawn. An effect would
  // leave them to nobody until the next paint, and over a page the first
  // screen hands its keys (Esc) to the whole view in the same task.
  useLayoutEffect(() => {
    const win = rootRef.current?.ownerDocument.defaultView;
    if (!win) return;
    const untrusted = (e: Event) => latest.current.trustedOnly && !e.isTrusted;
    /** Does what `key` does now; false when it does nothing. */
    const act = (key: string) => {
      const action = actionOf(key);
      const run = action ? latest.current.actions[action] : null;
      run?.();
      return !!run;
    };
    const onKey = (e: KeyboardEvent) => {
      if (untrusted(e) || !plainReaderKey(e)) return;
      if (!act(e.key) && !(e.key === 'Tab' && latest.current.trapFocus && rootRef.current && keepFocusInside(rootRef.current, e.shiftKey))) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    // The keys pressed before the view was here, once it has painted (a task
    // queued from the frame's animation callback), each a frame after the one before.
    const replay = [...(latest.current.replay ?? [])];
    let frame = 0;
    let timer = 0;
    const afterPaint = () => (frame = win.requestAnimationFrame(() => (timer = win.setTimeout(replayNext, 0))));
    const replayNext = () => {
      const key = replay.shift();
      if (key === undefined) return;
      act(key);
      afterPaint();
    };
    if (replay.length) afterPaint();
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
      win.cancelAnimationFrame(frame);
      win.clearTimeout(timer);
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('copy', onCopy, true);
    };
  }, []);
}
