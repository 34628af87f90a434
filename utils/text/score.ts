/**
 * Pure scoring of extracted text against gold text: bag-of-words token
 * precision / recall / F1 and trafilatura-style with/without snippets.
 * Both sides go through `normalizeArabic` first, so diacritics, tatweel,
 * alef forms, ى/ي, ة/ه, punctuation and Latin case do not count as errors.
 */
import { normalizeArabic } from './arabic';

/** Token precision, recall and F1, each in [0, 1]. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Snippet gold: every `with` snippet must occur, no `without` snippet may. */
export interface SegmentGold {
  with: string[];
  without: string[];
}

/** How many `with` snippets were found and how many `without` snippets were absent. */
export interface SegmentScore {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
}

/** Normalised words of `text` (normalizeArabic, then split on spaces). */
export function tokens(text: string): string[] {
  return normalizeArabic(text).split(' ').filter(Boolean);
}

/** Multiset of `items`: item → count. */
function bag(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Size of the multiset intersection of two bags (sum of the smaller counts). */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [item, n] of a) shared += Math.min(n, b.get(item) ?? 0);
  return shared;
}

/**
 * Token precision, recall and F1 of `extracted` against `gold`, over bags of
 * normalised tokens (a word counts as many times as it occurs on both sides).
 * Two empty texts agree perfectly; an empty side otherwise scores 0.
 */
export function prf(extracted: string, gold: string): Prf {
  const ext = tokens(extracted);
  const ref = tokens(gold);
  if (ext.length === 0 && ref.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const shared = overlap(bag(ext), bag(ref));
  const precision = ext.length ? shared / ext.length : 0;
  const recall = ref.length ? shared / ref.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Snippet check: each snippet and the whole of `extracted` (lines joined by
 * spaces) are normalised, then compared by substring match.
 */
export function segments(extracted: string, gold: SegmentGold): SegmentScore {
  const text = normalizeArabic(extracted);
  const present = (snippet: string) => text.includes(normalizeArabic(snippet));
  return {
    withFound: gold.with.filter(present).length,
    withTotal: gold.with.length,
    withoutAbsent: gold.without.filter((s) => !present(s)).length,
    withoutTotal: gold.without.length,
  };
}

/** True when every `with` snippet was found and every `without` snippet was absent. */
export function segmentsPass(score: SegmentScore): boolean {
  return score.withFound === score.withTotal && score.withoutAbsent === score.withoutTotal;
}
