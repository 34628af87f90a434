/**
 * Quote mode on a rendered article, in one call: the speech found, marked,
 * grouped by speaker and labelled. Views load this module only when quote
 * mode is on (a dynamic import), so the rules of every language stay out of
 * the JavaScript a popup loads to open.
 */
import { highlightQuotes } from './highlight';
import { findQuotes, speechOnly, type Quote } from './quotes';
import { decorateQuotes, speakerGroups, type SpeakerGroup } from './view';

/** Highlights the speech in `root` (quoted terms are left as they are) and returns it grouped by speaker. */
export function showQuotes(root: Element, label: (group: SpeakerGroup, quote: Quote) => string): SpeakerGroup[] {
  const found = speechOnly(findQuotes(root));
  highlightQuotes(root, found);
  const groups = speakerGroups(found);
  decorateQuotes(root, groups, label);
  return groups;
}
