import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';

export interface Clipboard {
  /** Puts `text` on the clipboard (async API, else through a copy event). */
  copy(text: string): Promise<void>;
  /** Text a copy event should carry instead of the selection, once. */
  takePending(): string;
}

/**
 * Copying from the reader. Content scripts on http pages and some sites get
 * no async clipboard: there, `copy` sends a copy event the view fills in.
 */
export function useClipboard(rootRef: RefObject<HTMLElement | null>): Clipboard {
  const pending = useRef('');
  return {
    async copy(text: string) {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        pending.current = text;
        rootRef.current?.ownerDocument.execCommand('copy');
      }
    },
    takePending() {
      const text = pending.current;
      pending.current = '';
      return text;
    },
  };
}
