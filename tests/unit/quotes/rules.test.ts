import { describe, expect, it } from 'vitest';
import { compile, type SpeechRule } from '../../../utils/quotes/grammar';
import { GRAMMARS } from '../../../utils/quotes/grammars';
import { fold } from '../../../utils/quotes/lexicon';
import { findQuotes } from '../../../utils/quotes/quotes';
import { SOURCE_RULES, SPEECH_RULES } from '../../../utils/quotes/rules';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** The rules written before issue 13, each with one example made up for it; every later rule shows where it was seen. */
const FIRST_RULES = new Set<SpeechRule>([...SPEECH_RULES, ...SOURCE_RULES]);
const MADE_UP = new Set(['written', 'seed']);

const rules = Object.values(GRAMMARS).flatMap((g) => g.speech.map((rule) => [g.lang, rule.forms[0], rule] as const));
const examples = rules.flatMap(([lang, form, rule]) => rule.examples.map((example, i) => [`${lang} ${form} #${i + 1}`, example] as const));

describe('speech and source rules (data)', () => {
  it.each(examples)('%s: the example names its speaker', (_name, example) => {
    const speech = findQuotes(rootOf(example.html)).filter((q) => q.kind === 'speech');
    expect(speech.length).toBeGreaterThan(0);
    const [quote] = speech;
    expect({ speaker: quote.speaker, inferred: quote.inferred }).toEqual({ speaker: example.speaker, inferred: example.inferred ?? false });
    if (example.role !== undefined) expect(quote.role).toBe(example.role);
  });

  it.each(rules.filter(([, , rule]) => !FIRST_RULES.has(rule)))('%s %s: seen on at least two corpus pages, with a reason', (_lang, _form, rule) => {
    const sources = new Set(rule.examples.map((e) => e.source).filter((s) => !MADE_UP.has(s)));
    expect(sources.size).toBeGreaterThanOrEqual(2);
    expect(rule.why.length).toBeGreaterThan(20);
  });

  it.each(Object.values(GRAMMARS).map((g) => [g.lang, g] as const))('%s: lists every speech form once, with a gender for each when given', (_lang, g) => {
    const forms = g.speech.flatMap((r) => r.forms.map((f) => f.split(' ').map(fold).join(' ')));
    expect(new Set(forms).size).toBe(forms.length);
    for (const rule of g.speech) if (rule.genders) expect(rule.genders).toHaveLength(rule.forms.length);
    expect(() => compile(g)).not.toThrow();
  });
});
