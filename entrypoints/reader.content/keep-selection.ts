/**
 * A selection made in the full-page view's first screen, kept across the
 * whole view's taking over (overlay.tsx): the article's text is the same in
 * both, so offsets into it find the same words again.
 */
import { flatOffset, rangeOf } from '../../utils/dom/flat-text';
import { selectedRange } from '../../utils/dom/selection';

/** Where a selection was: offsets into the article's text, and that text's length. */
export interface KeptSelection {
  start: number;
  end: number;
  length: number;
}

/**
 * What is selected in the article under `container`, as offsets into its
 * text with that text's length; null when nothing (or not only article text) is.
 */
export function articleSelection(container: Element): KeptSelection | null {
  const article = container.querySelector('[data-qari="article"]');
  const range = article && selectedRange(article);
  if (!article || !range || range.collapsed || !article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  return { start: flatOffset(article, range.startContainer, range.startOffset), end: flatOffset(article, range.endContainer, range.endOffset), length: article.textContent?.length ?? 0 };
}

/**
 * Selects the same text again in the article under `container`, when its
 * text is as long as it was: at once, so it never looks lost, and again once
 * the view's effects have run (after its paint), so the selection change
 * reaches the listeners they add (the highlight bar's).
 */
export function restoreSelection(container: Element, kept: KeptSelection): void {
  const article = container.querySelector('[data-qari="article"]');
  const range = article && article.textContent?.length === kept.length && kept.start >= 0 ? rangeOf(article, kept.start, kept.end) : null;
  if (!range) return;
  const select = () => document.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  select();
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!range.startContainer.isConnected) return;
      document.getSelection()?.removeAllRanges();
      select();
    }, 0),
  );
}
