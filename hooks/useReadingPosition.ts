import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Article } from '../utils/article';
import type { LibraryLink, LibraryStatus } from '../utils/contract';
import { movedFrom, positionOf } from '../utils/library/position';
import type { ReadingPosition } from '../utils/library/record';

/** How long the reader rests before the position is stored: one write a pause, not one a scroll event. */
const REST_MS = 400;
const TOUCHES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

function parts(root: HTMLElement) {
  const scroller = root.querySelector<HTMLElement>('[data-qari="scroll"]');
  const body = root.querySelector<HTMLElement>('[data-qari="article"]');
  if (!scroller || !body) return null;
  // The blocks of the article (paragraphs, headings, figures…: utils/sites/edit-blocks.ts), the body's children when none is marked.
  const marked = body.querySelectorAll<HTMLElement>('[data-qari-block]');
  return { scroller, blocks: marked.length ? [...marked] : ([...body.children] as HTMLElement[]) };
}

/** Scrolls so that block `position.block` is at the top of the view (the share scrolled when the block is gone). */
function restore(root: HTMLElement, position: ReadingPosition): void {
  const p = parts(root);
  if (!p) return;
  const block = p.blocks[position.block];
  if (block) p.scroller.scrollTop += block.getBoundingClientRect().top - p.scroller.getBoundingClientRect().top;
  else p.scroller.scrollTop = position.fraction * (p.scroller.scrollHeight - p.scroller.clientHeight);
}

/**
 * Resume: when the article shown is a saved one (`saved`), the view opens
 * where the reader stopped (`status.position`: that block at the top, as it
 * was), and each time the reader rests after scrolling, the new position
 * is stored through `link`.
 */
export function useReadingPosition(rootRef: RefObject<HTMLElement | null>, article: Article | null, link: LibraryLink | undefined, saved: boolean, status: LibraryStatus | null) {
  // Restore once, when the library has answered; images that load before
  // the reader scrolls (they push the text down) restore it again.
  useEffect(() => {
    const root = rootRef.current;
    const at = status?.position;
    if (!root || !article || !at) return;
    let touched = false;
    const onTouch = () => (touched = true);
    const onImage = () => !touched && restore(root, at);
    restore(root, at);
    for (const type of TOUCHES) root.addEventListener(type, onTouch, { passive: true });
    root.addEventListener('load', onImage, true);
    return () => {
      for (const type of TOUCHES) root.removeEventListener(type, onTouch);
      root.removeEventListener('load', onImage, true);
    };
    // By address, not by object: a flipped article is a new object on every render.
  }, [article?.url, status]);

  useEffect(() => {
    const root = rootRef.current;
    const scroller = root && parts(root)?.scroller;
    if (!article || !link || !saved || !root || !scroller) return;
    let last: ReadingPosition | null = status?.position ?? null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const p = parts(root);
        if (!p) return;
        const top = p.scroller.getBoundingClientRect().top;
        const now = positionOf(p.scroller.scrollTop, p.scroller.scrollHeight, p.scroller.clientHeight, p.blocks.map((b) => b.getBoundingClientRect().bottom - top));
        if (movedFrom(last, now)) {
          last = now;
          link.position(article.url, now);
        }
      }, REST_MS);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [article?.url, link, saved, status]);
}
