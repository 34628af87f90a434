/**
 * How the reader shows reading aloud: the sentence being read highlighted
 * (CSS Custom Highlight API: the text is not touched) and kept in view, and
 * where reading starts. DOM in, no extension API.
 */
import { flatOffset, rangeOf } from '../dom/flat-text';
import { sentencesFrom, type Sentence } from './sentences';

/** Name of the highlight (`::highlight(qari-speaking)` in the reader's CSS). */
const HIGHLIGHT = 'qari-speaking';

/** Marks the sentence being read in `body` and keeps it in view; clears the mark with null. */
export function showSentence(body: HTMLElement, sentence: Sentence | null): void {
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (!sentence) {
    highlights?.delete(HIGHLIGHT);
    return;
  }
  const range = rangeOf(body, sentence.start, sentence.end);
  if (!range) return;
  if (highlights && Highlight) highlights.set(HIGHLIGHT, new Highlight(range));
  const rect = range.getBoundingClientRect();
  const scroller = body.closest('[data-qari="scroll"]');
  const view = scroller?.getBoundingClientRect();
  if (view && (rect.top < view.top + 40 || rect.bottom > view.bottom - 40)) {
    scroller!.scrollBy({ top: rect.top - view.top - view.height / 3, behavior: 'smooth' });
  }
}

/**
 * Where reading starts: the paragraph holding the caret or selection (a click
 * puts one there), else the first sentence in view.
 */
export function startingSentence(root: HTMLElement, sentences: Sentence[]): number {
  // A shadow root has its own selection in Chromium; elsewhere the document's.
  const scope = root.getRootNode() as Document & { getSelection?(): Selection | null };
  const selection = scope.getSelection?.() ?? root.ownerDocument.getSelection();
  const anchor = selection?.anchorNode;
  if (anchor && root.contains(anchor)) {
    const at = flatOffset(root, anchor, selection!.anchorOffset);
    const hit = sentences.findIndex((s) => s.end > at);
    if (at >= 0 && hit >= 0) return sentencesFrom(sentences, sentences[hit].block);
  }
  const top = root.closest('[data-qari="scroll"]')?.getBoundingClientRect().top ?? 0;
  const visible = sentences.findIndex((s) => (rangeOf(root, s.start, s.end)?.getBoundingClientRect().bottom ?? 0) > top + 8);
  return Math.max(0, visible);
}
