/** The reading position, from what a scrolled view measures (pure numbers in, position out). */
import type { ReadingPosition } from './record';

/**
 * Where the reader is: the share of the scrollable height scrolled past
 * (1 at the end), and the first block whose bottom is below the top of the
 * view (`blockBottoms` relative to the view's top, in document order).
 */
export function positionOf(scrollTop: number, scrollHeight: number, clientHeight: number, blockBottoms: readonly number[]): ReadingPosition {
  const room = scrollHeight - clientHeight;
  const fraction = room > 0 ? Math.min(1, Math.max(0, scrollTop / room)) : 1;
  let block = blockBottoms.findIndex((bottom) => bottom > 0);
  if (block < 0) block = Math.max(0, blockBottoms.length - 1);
  return { fraction: Math.round(fraction * 1000) / 1000, block };
}

/** Worth storing again: moved by a block or by 1% of the article. */
export function movedFrom(before: ReadingPosition | null, now: ReadingPosition): boolean {
  return !before || before.block !== now.block || Math.abs(before.fraction - now.fraction) >= 0.01 - 1e-9;
}
