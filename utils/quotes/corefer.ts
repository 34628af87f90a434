/**
 * Speakers named earlier in other words. Two patterns, each bounded to the
 * current and the previous paragraph:
 * - a bare definite organisation or title ("وقالت الهيئة", "נמסר מהמשרד")
 *   is the full name given before: "توقعت الهيئة العامة للأرصاد الجوية …"
 *   (Youm7), "במשרד הבינוי והשיכון דחו …" (Haaretz-like);
 * - "من جانبها، رفعت المديرية العامة للدفاع المدني …، ودعت …": the side
 *   phrase brings in a new actor (JNews; Hespress, Sky News with speech
 *   verbs), whom a bare verb of the same gender later in the sentence means.
 */
import type { Gender } from './lexicon';
import { inSet, isTitle, type Ctx, type Named, type Phrase } from './phrase';

/** Farthest back a full name is looked for, in tokens: two long paragraphs. */
const MAX_LOOK_BACK = 600;

/** The word without a joined conjunction or preposition and without its article. */
function bareHead(c: Ctx, f: string): string {
  if (c.g.lang === 'ar') return f.replace(/^[وف]?[بلك]?ال|^[وف]?لل/, '');
  if (c.g.lang === 'he') return f.replace(/^ו?[במלכש]?ה?/, '');
  return f;
}

/** Definite as a following adjective or genitive is: "العامة", "للأرصاد", "הבינוי", "והשיכון". */
function definite(c: Ctx, f: string): boolean {
  if (c.g.lang === 'ar') return /^[وفبلك]?ال|^[وف]?لل/.test(f);
  if (c.g.lang === 'he') return /^ו?ה/.test(f) && f.length > 2;
  return false;
}

/** The chain of definite words after token `k` (its genitives and adjectives), as text from `k`, a joined preposition dropped. */
function chainFrom(c: Ctx, k: number, head: string): string | null {
  const { tokens, flat } = c;
  let j = k + 1;
  while (j < tokens.length && tokens[j].kind === 'word' && definite(c, tokens[j].form) && j - k <= 6) j++;
  if (j === k + 1) return null;
  const first = flat.slice(tokens[k].start, tokens[k].end);
  // Keep the article the text gives the head ("الهيئة"); drop a joined preposition ("במשרד" → "משרד").
  const at = first.lastIndexOf(head[0]);
  const start = c.g.lang === 'he' ? tokens[k].start + Math.max(0, at) : tokens[k].start;
  return flat.slice(start, tokens[j - 1].end);
}

/**
 * The full name of a one-word definite speaker (an organisation or a
 * title), looked for back from token `before` to token `lowest`; null when
 * the phrase is anything else or nothing is found.
 */
export function expandDefinite(c: Ctx, p: Phrase, before: number, lowest: number): Named | null {
  const { tokens, g } = c;
  if (p.appos || p.first !== p.last || (g.lang !== 'ar' && g.lang !== 'he')) return null;
  const form = tokens[p.first].form;
  const head = bareHead(c, form);
  if (head === form || !head || (!inSet(c, g.orgNouns, head) && !isTitle(c, head) && !g.orgNouns.has('ال' + head))) return null;
  for (let k = Math.min(before, p.first) - 1; k >= Math.max(lowest, before - MAX_LOOK_BACK); k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || bareHead(c, t.form) !== head) continue;
    const chain = chainFrom(c, k, head);
    if (chain) return { speaker: chain, role: '' };
  }
  return null;
}

/** "من جانبها، VERB X …": X and the side word's gender, when token `k` is such a side word; else null. */
export function sideActor(c: Ctx, k: number): { speaker: string; gender: Gender } | null {
  const { tokens, g, flat } = c;
  if (!g.sideWords.has(tokens[k].form) || tokens[k - 1]?.form !== 'من') return null;
  const comma = tokens[k + 1];
  if (!comma || comma.kind !== 'punct' || (comma.form !== '،' && comma.form !== ',')) return null;
  const verb = k + 2;
  if (tokens[verb]?.kind !== 'word' || tokens[verb + 1]?.kind !== 'word' || !definite(c, tokens[verb + 1].form)) return null;
  let j = verb + 2;
  while (j < tokens.length && tokens[j].kind === 'word' && definite(c, tokens[j].form) && j - verb <= 6) j++;
  const gender: Gender = tokens[k].form.endsWith('ها') ? 'f' : tokens[k].form.endsWith('هم') ? 'p' : 'm';
  return { speaker: flat.slice(tokens[verb + 1].start, tokens[j - 1].end), gender };
}
