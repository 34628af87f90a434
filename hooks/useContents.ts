import { useCallback, useEffect, useState } from 'preact/hooks';
import { currentHeading, entryOf, headingsOf, MIN_HEADINGS, type ContentsEntry } from '../utils/dom/contents';

/** Where the reader is taken to be: this far down the reading area (a heading gone to rests above it: highlights.css). */
const READING_LINE = 0.25;
const LINE_MIN_PX = 100;

export interface ContentsState {
  entries: ContentsEntry[];
  /** The heading the reader is in, -1 above the first. */
  current: number;
  onRendered: (body: HTMLElement) => void;
  goTo: (index: number) => void;
}

/**
 * The contents of a long article (at least MIN_HEADINGS subheadings in the
 * rendered body) and the heading the reader is in, followed as headings
 * cross the reading line (an IntersectionObserver, no scroll handler).
 */
export function useContents(): ContentsState {
  const [headings, setHeadings] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(-1);
  const onRendered = useCallback((body: HTMLElement) => {
    const found = headingsOf(body);
    // No list kept as the same empty one: a new [] would draw the view again before its first paint.
    setHeadings((was) => (found.length >= MIN_HEADINGS ? found : was.length ? [] : was));
  }, []);

  useEffect(() => {
    if (!headings.length) return;
    const win = headings[0].ownerDocument.defaultView!;
    // The reading area that scrolls (the view's), else the window.
    const area = headings[0].closest<HTMLElement>('[data-qari="scroll"]');
    const box = () => area?.getBoundingClientRect() ?? { top: 0, height: win.innerHeight };
    const offset = (height: number) => Math.max(LINE_MIN_PX, height * READING_LINE);
    const update = () => {
      const { top, height } = box();
      setCurrent(currentHeading(headings.map((h) => h.getBoundingClientRect().top), top + offset(height)));
    };
    // The observed zone ends at the reading line: a heading crossing it, either way, is a change.
    const { height } = box();
    const observer = new win.IntersectionObserver(update, { root: area, rootMargin: `0px 0px -${Math.round(height - offset(height))}px 0px`, threshold: [0, 1] });
    for (const h of headings) observer.observe(h);
    update();
    return () => observer.disconnect();
  }, [headings]);

  const goTo = (index: number) => {
    const h = headings[index];
    if (!h) return;
    if (!h.hasAttribute('tabindex')) h.tabIndex = -1;
    h.scrollIntoView({ block: 'start' });
    h.focus({ preventScroll: true });
  };

  return { entries: headings.map(entryOf), current, onRendered, goTo };
}
