/**
 * The page's own text of its article (JSON-LD `articleBody`) as evidence:
 * when it holds the body's running text, a short block without a sentence
 * that it lacks (a label, a counter, a stamp, a prompt) is the page's
 * furniture, not its article. Headings, list items, captions and media are
 * never judged this way (sites leave them out of `articleBody`). The other
 * half, keeping a paragraph that `articleBody` holds, is in remover.ts.
 */
import { BLOCK_TAGS, isLeafBlock, MEDIA_TAGS } from '../../dom/blocks';
import { closestOf } from '../../dom/walk';
import { normalizeArabic } from '../../text/arabic';
import { isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import { nearMedia } from './edges';
import type { Remover } from './remover';

/** `articleBody` is taken as the whole article when it holds this share of the body's running text. */
const WHOLE = 0.9;
const JUDGED = new Set(['P', 'DIV', 'SPAN', 'SECTION', 'ADDRESS', 'TD', 'DD', 'DT']);

/** Removes short blocks that a whole `articleBody` (normalised) does not hold. */
export function removeAbsentFromArticleBody(rm: Remover, articleBody: string): void {
  if (!articleBody) return;
  const blocks = rm.elements((el) => BLOCK_TAGS.has(el.tagName) && isLeafBlock(el) && rm.text(el) !== '');
  let prose = 0;
  let held = 0;
  for (const el of blocks) {
    const text = rm.text(el);
    if (!isRunningText(text)) continue;
    prose += text.length;
    if (articleBody.includes(normalizeArabic(text))) held += text.length;
  }
  if (!prose || held < WHOLE * prose) return;
  for (const el of blocks) {
    const text = rm.text(el);
    if (!JUDGED.has(el.tagName) || isRunningText(text) || countWords(text) > 12 || nearMedia(el) || closestOf(el, 'li', 'blockquote', 'figure', 'table')) continue;
    if (rm.holds(el, (d) => MEDIA_TAGS.includes(d.localName)) || articleBody.includes(normalizeArabic(text))) continue;
    rm.remove(el, 'absent-from-article-body');
  }
}
