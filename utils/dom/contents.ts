/**
 * The table of contents of a long article: its subheadings (h2-h4) in the
 * rendered body, and which one the reader is in. The view's Contents list
 * shows them when there are at least MIN_HEADINGS.
 */

/** Subheadings an article needs for a contents list: fewer, and the article is short enough to see whole. */
export const MIN_HEADINGS = 3;

export interface ContentsEntry {
  level: 2 | 3 | 4;
  text: string;
  /** The heading's own direction and language (dir and lang in force on it), for the list. */
  dir: 'rtl' | 'ltr' | undefined;
  lang: string | undefined;
}

/** The subheadings of `body` that have text, in order. */
export function headingsOf(body: Element): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>('h2, h3, h4')).filter((h) => (h.textContent ?? '').trim() !== '');
}

/** What the contents list shows of heading `h`. */
export function entryOf(h: HTMLElement): ContentsEntry {
  return {
    level: Number(h.tagName[1]) as 2 | 3 | 4,
    text: (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    dir: ((d) => (d === 'rtl' || d === 'ltr' ? d : undefined))(h.closest('[dir]')?.getAttribute('dir')),
    lang: h.closest('[lang]')?.getAttribute('lang') || undefined,
  };
}

/**
 * The heading the reader is in: the last whose top is at or above `line`
 * (a line near the top of the view), -1 above the first. `tops` in document order.
 */
export function currentHeading(tops: number[], line: number): number {
  let current = -1;
  for (let i = 0; i < tops.length; i++) if (tops[i] <= line) current = i;
  return current;
}
