/**
 * The reader's keys pressed while the full-page view's first screen is shown
 * (first-screen.tsx), before the rest of the view's code is here: Esc closes
 * at once, and the other reader keys are kept, in order, for the whole view
 * to act on once it has taken over (ReaderView's `earlyKeys`). A reader who
 * presses Q the moment the article appears gets quote mode, not nothing.
 */
import { actionOf, plainReaderKey, type ReaderAction } from '../../utils/keymap';

/** Most keys kept: a held-down key repeats, and a view that replayed a second of it would run away. */
const MOST_KEPT = 8;

/**
 * Actions whose keys keep their browser meaning when the view is not in edit
 * mode (the arrows scroll, Backspace and Delete do what they always do): the
 * first screen never is, so they are left to the browser, not kept.
 */
const EDIT_ONLY: ReadonlySet<ReaderAction> = new Set(['next-block', 'previous-block', 'remove-block']);

/**
 * Listens on `win` for the user's own reader keys (`isTrusted`, first, in
 * capture, as the whole view does): Esc calls `onClose`, the others are
 * kept and stopped. Returns how to stop listening, which gives the kept keys.
 */
export function holdEarlyKeys(win: Window, onClose: () => void): () => string[] {
  const kept: string[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || !plainReaderKey(e)) return;
    const action = actionOf(e.key);
    if (!action || EDIT_ONLY.has(action)) return;
    if (action === 'close') onClose();
    else if (kept.length < MOST_KEPT && !e.repeat) kept.push(e.key);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  win.addEventListener('keydown', onKey, true);
  return () => {
    win.removeEventListener('keydown', onKey, true);
    return kept.splice(0);
  };
}
