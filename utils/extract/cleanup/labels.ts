/**
 * Labels left with nothing to label: when a box of teasers, links or share
 * buttons goes, its heading or lead-in ("اقرأ أيضا", "مواضيع:", "بیشتر
 * بخوانید", "נושאים קשורים", "More from …") is left alone, in its box or
 * just before where the box stood. A short line that no text follows before
 * the next heading labelled what went, whatever it says.
 */
import { isLeafBlock, isMedia, MEDIA_TAGS } from '../../dom/blocks';
import { isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import type { Remover } from './remover';
import { linkedShare } from './teasers';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_LABEL_WORDS = 6;

function isLabel(el: Element, rm: Remover): boolean {
  const text = rm.text(el);
  return !!text && countWords(text) <= MAX_LABEL_WORDS && !isRunningText(text) && linkedShare(el, rm.root, rm) < 0.5 && !isMedia(el) && !rm.holds(el, (d) => MEDIA_TAGS.includes(d.localName));
}

/** Removals whose boxes leave labels behind: teasers, links, share bars, and the edge's metadata (BBC's "Article information"). */
const BOX_RULES = new Set(['teaser', 'link-list', 'link-cloud', 'share-links', 'form-box']);
const leavesLabel = (rule: string) => BOX_RULES.has(rule) || rule.startsWith('edge-');

/** Removes the labels that the removals of teasers, link lists and share bars left alone. */
export function removeOrphanLabels(rm: Remover): void {
  const { root } = rm;
  const seen = rm.trail.length;
  for (const { parent, before } of rm.trail.filter((t) => leavesLabel(t.rule))) {
    // A box that now holds only its label.
    if (parent && parent !== root && rm.has(parent) && !HEADINGS.has(parent.tagName) && isLabel(parent, rm)) {
      rm.remove(parent, 'orphan-label');
      continue;
    }
    // A label just before where the box stood, with nothing after it but the next heading.
    if (!before || !rm.has(before) || !isLeafBlock(before) || !isLabel(before, rm)) continue;
    const next = before.nextElementSibling;
    if (!next || HEADINGS.has(next.tagName)) rm.remove(before, 'orphan-label');
  }
  rm.trail.splice(0, seen);
}
