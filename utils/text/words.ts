/** Counting words. */

/** Words of a text, split on white space, punctuation excluded: the article's word count. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/**
 * Runs of characters between spaces (code points up to U+0020), counted
 * without building any string; stops once past `stopAfter`. A cheap first
 * look at a block's length, before any normalising.
 */
export function countTokens(text: string, stopAfter = Infinity): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inToken && ++n > stopAfter) return n;
    inToken = !space;
  }
  return n;
}
