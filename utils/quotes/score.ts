/**
 * Scoring quotations against hand-written gold (`quotes.txt` of a corpus
 * case: one `speaker<TAB>quoted text` a line, speaker empty for a quoted term
 * or an unattributed quotation). Pure; `npm run eval` reads the files.
 *
 * - Two spans are the same quotation when their normalised texts
 *   (`normalizeArabic`: no punctuation, marks, diacritics or case) are equal,
 *   or their bags of normalised words overlap with F1 ≥ SPAN_OVERLAP (a
 *   quotation cut a word short or run a word long still counts; two
 *   different quotations of a page never share that much).
 * - Matching is one to one, in gold order: each gold line takes the first
 *   unused span with the same text, else the unused span of highest overlap.
 * - Two speakers are the same when their normalised words are equal, or the
 *   words of one are a run of the words of the other ("پسکوف" and "دیمیتری
 *   پسکوف", "نوروزی" and "حمیدرضا نوروزی"): gold writes a surname where the
 *   sentence does, Qari may give the full name it read earlier.
 */
import { tokens as words } from '../text/score';
import { normalizeArabic } from '../text/arabic';

/** One gold line. */
export interface GoldQuote {
  speaker: string;
  text: string;
}

/** What is scored of a span found: its text and speaker. */
export interface ScoredSpan {
  text: string;
  speaker: string;
}

/** Smallest word-overlap F1 at which two spans count as one quotation. */
export const SPAN_OVERLAP = 0.8;

/** Gold lines of a `quotes.txt`; blank lines skipped. A line without a tab is a quotation with no speaker. */
export function parseQuoteGold(tsv: string): GoldQuote[] {
  return tsv
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim())
    .map((line) => {
      const tab = line.indexOf('\t');
      return tab < 0 ? { speaker: '', text: line.trim() } : { speaker: line.slice(0, tab).trim(), text: line.slice(tab + 1).trim() };
    });
}

/** Word-overlap F1 of two texts' normalised word bags. */
export function overlapF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/** Whether the word list `inner` occurs as a run inside `outer`. */
function isRun(inner: string[], outer: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/** 'exact' for equal normalised speakers, 'part' when one's words are a run of the other's, else null. */
export function speakerMatch(found: string, gold: string): 'exact' | 'part' | null {
  const f = words(found);
  const g = words(gold);
  if (!f.length || !g.length) return null;
  if (f.join(' ') === g.join(' ')) return 'exact';
  return isRun(f, g) || isRun(g, f) ? 'part' : null;
}

/** Gold lines paired with spans found: `pairs[i]` is the span index for gold line i, or -1. */
export function matchQuotes(found: ScoredSpan[], gold: GoldQuote[]): number[] {
  const used = new Set<number>();
  const norm = found.map((s) => normalizeArabic(s.text));
  return gold.map((g) => {
    const target = normalizeArabic(g.text);
    let pick = norm.findIndex((n, i) => !used.has(i) && n === target);
    if (pick < 0) {
      let best = SPAN_OVERLAP;
      found.forEach((s, i) => {
        if (used.has(i)) return;
        const f1 = overlapF1(s.text, g.text);
        if (f1 >= best) {
          best = f1;
          pick = i;
        }
      });
    }
    if (pick >= 0) used.add(pick);
    return pick;
  });
}

/** Counts of one page or a pool of pages. */
export interface QuoteCounts {
  gold: number;
  found: number;
  matched: number;
  /** Matched spans whose gold names a speaker, those Qari names right (exact or part), and exactly. */
  speakerGold: number;
  speakerRight: number;
  speakerExact: number;
}

export const noCounts = (): QuoteCounts => ({ gold: 0, found: 0, matched: 0, speakerGold: 0, speakerRight: 0, speakerExact: 0 });

/** Counts of spans found against the gold of one page, and the pairs they come from. */
export function countQuotes(found: ScoredSpan[], gold: GoldQuote[]): { counts: QuoteCounts; pairs: number[] } {
  const pairs = matchQuotes(found, gold);
  const counts = noCounts();
  counts.gold = gold.length;
  counts.found = found.length;
  pairs.forEach((k, i) => {
    if (k < 0) return;
    counts.matched++;
    if (!gold[i].speaker) return;
    counts.speakerGold++;
    const m = speakerMatch(found[k].speaker, gold[i].speaker);
    if (m) counts.speakerRight++;
    if (m === 'exact') counts.speakerExact++;
  });
  return { counts, pairs };
}

/** Sum of counts. */
export function addCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    matched: a.matched + b.matched,
    speakerGold: a.speakerGold + b.speakerGold,
    speakerRight: a.speakerRight + b.speakerRight,
    speakerExact: a.speakerExact + b.speakerExact,
  };
}

/** Precision, recall and speaker accuracy of pooled counts (1 when there is nothing to get wrong). */
export function rates(c: QuoteCounts) {
  return {
    precision: c.found ? c.matched / c.found : 1,
    recall: c.gold ? c.matched / c.gold : 1,
    speakers: c.speakerGold ? c.speakerRight / c.speakerGold : 1,
    speakersExact: c.speakerGold ? c.speakerExact / c.speakerGold : 1,
  };
}

/**
 * The naive baseline: quotation marks alone, no speaker. In each line, the
 * text between «…», “…”, ”…“, „…“ or straight "…", nearest marks paired,
 * nothing nested, nothing across lines.
 */
export function naiveQuotes(text: string): ScoredSpan[] {
  const spans: ScoredSpan[] = [];
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(/«([^«»]+)»|“([^“”]+)”|”([^“”]+)“|„([^„“]+)“|"([^"]+)"/g)) {
      const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).trim();
      if (inner) spans.push({ text: inner, speaker: '' });
    }
  }
  return spans;
}
