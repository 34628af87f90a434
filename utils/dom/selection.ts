/**
 * The selection inside a view, wherever the view is: in the popup the
 * document's; over a page, in a closed shadow root, which the document's
 * selection does not show in Chromium (its nodes are retargeted to the host).
 */

type Composed = Selection & { getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[] };

/** The selected range in `root`'s tree, or null; `clear` empties the selection as well. */
export function selectedRange(root: Element, clear = false): Range | null {
  const tree = root.getRootNode() as (ShadowRoot & { getSelection?(): Selection | null }) | Document;
  const doc = root.ownerDocument;
  const shadow = tree instanceof doc.defaultView!.ShadowRoot ? tree : null;
  // Chromium's ShadowRoot.getSelection (non-standard), else the document's (Firefox shows shadow nodes in it).
  const selection = ((shadow && (shadow as { getSelection?(): Selection | null }).getSelection?.()) || doc.getSelection()) as Composed | null;
  if (!selection || selection.rangeCount === 0) return null;
  let range: Range | null = null;
  const first = selection.getRangeAt(0);
  if (shadow && !shadow.contains(first.startContainer) && selection.getComposedRanges) {
    // The standard way into a shadow root: the composed range, given the root.
    const [composed] = selection.getComposedRanges({ shadowRoots: [shadow] });
    if (composed) {
      range = doc.createRange();
      range.setStart(composed.startContainer, composed.startOffset);
      range.setEnd(composed.endContainer, composed.endOffset);
    }
  } else range = first;
  if (clear) selection.removeAllRanges();
  return range;
}
