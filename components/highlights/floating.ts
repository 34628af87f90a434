import type { Box } from '../../hooks/useHighlights';

/**
 * Where a small bar about `box` (a selection, a highlight) goes: just below
 * it, or above when there is no room below, its inline start at the box's,
 * in logical properties for the UI's direction.
 */
export function floatingStyle(box: Box, dir: 'rtl' | 'ltr', win: Window, height = 56): Record<string, string> {
  const below = box.bottom + 8;
  // Kept inside the window, even for a selection that runs out of it.
  const top = Math.min(Math.max(8, below + height > win.innerHeight ? box.top - height - 8 : below), win.innerHeight - height - 8);
  const start = dir === 'rtl' ? win.innerWidth - box.right : box.left;
  return { position: 'fixed', insetBlockStart: `${Math.round(top)}px`, insetInlineStart: `${Math.round(Math.max(8, Math.min(start, win.innerWidth - 280)))}px` };
}
