/**
 * The text rules of boilerplate.ts, compiled once: which rule, if any, a
 * short block's normalised text meets. Phrases are compared after
 * `normalizeArabic`.
 */
import { normalizeArabic } from '../../text/arabic';
import { SOURCE_MAX_WORDS, TEXT_RULES, type TextRule } from './boilerplate';

interface CompiledRule extends TextRule {
  normPhrases: string[];
  tailWords: Set<string>;
}

const RULES: CompiledRule[] = TEXT_RULES.map((rule) => ({
  ...rule,
  normPhrases: rule.phrases.map(normalizeArabic),
  tailWords: new Set((rule.tail ?? []).flatMap((w) => normalizeArabic(w).split(' '))),
}));

/** Does `norm` (normalised block text of `words` words) satisfy `rule`? */
function matches(rule: CompiledRule, norm: string, words: string[]): boolean {
  if (words.length > rule.maxWords) return false;
  if (rule.pattern?.test(norm)) return true;
  for (const phrase of rule.normPhrases) {
    if (norm === phrase) return true;
    if (!norm.startsWith(phrase + ' ')) continue;
    if (rule.match === 'lead') return true;
    const rest = norm.slice(phrase.length + 1).split(' ');
    if (rest.every((w) => rule.tailWords.has(w))) return true;
  }
  return false;
}

/** First words of every phrase: a block starting with none of them meets no phrase rule. */
const FIRST_WORDS = new Set(RULES.flatMap((r) => r.normPhrases.map((p) => p.split(' ')[0])));
const PATTERN_RULES = RULES.filter((r) => r.pattern);
/** Longest source line, date line or pattern-rule block, in words; longer blocks need a phrase's first word. */
export const SHORT_BLOCK_WORDS = Math.max(SOURCE_MAX_WORDS, 16, ...PATTERN_RULES.map((r) => r.maxWords));

/** True when a block whose normalised text starts with `word` may meet a phrase rule. */
export function opensLikeRule(word: string): boolean {
  return FIRST_WORDS.has(word);
}

/** The first text rule that a block's normalised text `norm` (split as `words`) meets, if any. */
export function textRuleFor(norm: string, words: string[]): TextRule | undefined {
  const candidates = FIRST_WORDS.has(words[0]) ? RULES : PATTERN_RULES;
  return candidates.find((r) => matches(r, norm, words));
}
