/**
 * Embedded posts and players as screen-reader-friendly sites mark them: a
 * "skip" link at the start that jumps to an anchor at the end (BBC's
 * "تخطى يوتيوب مشاركة" … "نهاية يوتيوب مشاركة", "Skip Twitter post",
 * WordPress accessibility plugins' "skip embed"). What lies between is the
 * embed (in a reader: a consent notice, a warning about external sites, the
 * markers), never the article's text, whatever language it is in.
 */
import { countWords } from '../../text/words';
import type { Remover } from './remover';

/** An embed's box holds its notice and markers; more words than this is not one. */
const MAX_EMBED_WORDS = 120;

/** Removes the box between each skip link and the anchor it skips to. */
export function removeSkippedEmbeds(rm: Remover): void {
  const { root } = rm;
  for (const link of rm.elements((el) => el.tagName === 'A')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.length < 2 || !rm.has(link)) continue;
    const id = href.slice(1);
    // What `root.querySelectorAll('[id]')` finds, first of that id: the elements still there with an id attribute.
    const target = rm.elements((el) => el.hasAttribute('id')).find((el) => el.id === id);
    // Forward only: a link back up the page is a table of contents or "back to top".
    if (!target || !(link.compareDocumentPosition(target) & 4 /* FOLLOWING */)) continue;
    let box: Element | null = link.parentElement;
    while (box && box !== root && !box.contains(target)) box = box.parentElement;
    if (box && box !== root && countWords(rm.text(box)) <= MAX_EMBED_WORDS) rm.remove(box, 'skipped-embed');
  }
}
