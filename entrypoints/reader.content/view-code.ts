/**
 * The full-page view comes in two scripts, so the first click paints sooner:
 * the reader (this folder; extraction, the host and the view's first screen)
 * and the rest of the view's code (entrypoints/reader-view.content: the
 * whole ReaderView with its panels, quote mode, sharing, reading aloud),
 * which the background injects once the first screen has painted (a content
 * script cannot import extension chunks without making them web-accessible,
 * which would let any page find Qari). Both run in the tab's isolated world
 * and meet on its global, out of the page's reach.
 */
import type { PageReaderProps } from './PageReader';

/** What the second script provides: draws (or, given null, takes away) the whole view in `container`. */
export interface ViewCode {
  render(container: Element, props: PageReaderProps | null): void;
}

interface Meeting {
  code?: ViewCode;
  waiting: Array<(code: ViewCode) => void>;
}

const VIEW_GLOBAL = '__qariView';

function meeting(): Meeting {
  const scope = globalThis as unknown as Record<string, Meeting | undefined>;
  return (scope[VIEW_GLOBAL] ??= { waiting: [] });
}

/** The view's code, if it is here yet. */
export function viewCode(): ViewCode | undefined {
  return meeting().code;
}

/** Calls `ready` with the view's code once it is here (at once if it is); returns how to stop waiting. */
export function whenViewCode(ready: (code: ViewCode) => void): () => void {
  const m = meeting();
  if (m.code) ready(m.code);
  else m.waiting.push(ready);
  return () => {
    const at = m.waiting.indexOf(ready);
    if (at >= 0) m.waiting.splice(at, 1);
  };
}

/** The second script's side: makes its code available (once; a second injection changes nothing). */
export function provideViewCode(code: ViewCode): void {
  const m = meeting();
  if (m.code) return;
  m.code = code;
  for (const ready of m.waiting.splice(0)) ready(code);
}
