/**
 * How words of the quotation rules are compared, and the shapes the rule
 * tables share. Pure data helpers; no DOM.
 */
import { foldWord } from '../text/arabic';

/** The grammars the attribution knows (guessed from the article's letters). */
export type Lang = 'ar' | 'fa' | 'ur' | 'he';

/** Gender and number a speech form or pronoun agrees with: masculine, feminine, plural, or unknown (''). */
export type Gender = 'm' | 'f' | 'p' | '';

/**
 * A word folded for the word lists: `foldWord` (diacritics and tatweel
 * dropped, alef forms folded), then the spellings sites mix: Persian ی ک
 * → ي ك, joiners (ZWNJ, ZWJ) dropped ("می‌گوید" = "میگوید"), Hebrew ׳ ״ →
 * ' ". ى and ة are kept (رأى ≠ رأي; قالت is feminine).
 */
export function fold(word: string): string {
  return foldWord(word)
    .replace(/\u06cc/g, 'ي')
    .replace(/\u06a9/g, 'ك')
    .replace(/[\u200c\u200d]/g, '')
    .replace(/\u05f3/g, "'")
    .replace(/\u05f4/g, '"');
}

/** A set of folded words. */
export const foldSet = (list: readonly string[]) => new Set(list.map(fold));

/** Folded token sequences by their first token: multi-word forms ("تأکید کرد", "کا کہنا تھا"). */
export class Sequences<T> {
  private byFirst = new Map<string, Array<{ tokens: string[]; value: T }>>();

  get size(): number {
    return this.byFirst.size;
  }

  add(form: string, value: T): void {
    const tokens = form.split(' ').filter(Boolean).map(fold);
    const list = this.byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, value });
    // Longest first: "گفته است" before "گفته".
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0], list);
  }

  /** The longest sequence starting with `words[0]` that `words` begin with. */
  match(first: string, at: (k: number) => string | null): { length: number; value: T } | null {
    for (const { tokens, value } of this.byFirst.get(first) ?? []) {
      let k = 1;
      while (k < tokens.length && at(k) === tokens[k]) k++;
      if (k === tokens.length) return { length: k, value };
    }
    return null;
  }
}

/** One example of a rule: a paragraph, and the speaker (and role) it must give. */
export interface RuleExample {
  html: string;
  speaker: string;
  role?: string;
  inferred?: boolean;
  /** Where the pattern was seen: a corpus case, "seed", or "written" for a sentence made up for the rule. */
  source: string;
}
