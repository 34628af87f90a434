import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/quotes/quotes';
import { SOURCE_RULES, SPEECH_RULES } from '../../../utils/quotes/rules';
import { foldWord } from '../../../utils/text/arabic';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('speech and source rules (data)', () => {
  it.each(SPEECH_RULES.map((r) => [r.forms[0], r] as const))('%s: its example names the speaker', (_f, rule) => {
    const [quote] = findQuotes(rootOf(rule.example.html));
    expect(quote.speaker).toBe(rule.example.speaker);
    expect(quote.inferred).toBe(rule.example.inferred ?? false);
  });

  it.each(SOURCE_RULES.map((r) => [r.tokens.join(' '), r] as const))('%s: its example names the speaker', (_t, rule) => {
    expect(findQuotes(rootOf(rule.example.html))[0].speaker).toBe(rule.example.speaker);
  });

  it('lists every speech form once', () => {
    const forms = SPEECH_RULES.flatMap((r) => r.forms.map(foldWord));
    expect(new Set(forms).size).toBe(forms.length);
  });
});
