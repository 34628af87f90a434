import { describe, expect, it } from 'vitest';
import { mergeRules, ruleId, ruleProblem, rulesFor, validRules, type SiteRule } from '../../../utils/sites/rules';

const rule = (over: Partial<SiteRule> = {}): SiteRule => ({ host: 'alwadi-news.example', kind: 'remove', selector: '.wadi-writer-box', text: 'عن الكاتب', added: 1_770_000_000_000, ...over });

describe('validRules', () => {
  it('keeps every good rule and drops each bad one, never the rest', () => {
    const stored = [rule(), { ...rule({ selector: '.a' }), kind: 'hide' }, 'junk', rule({ selector: '#x', kind: 'pick' }), { ...rule({ selector: '.b' }), added: 'yesterday' }, null];
    expect(validRules(stored).map((r) => r.selector)).toEqual(['.wadi-writer-box', '#x']);
  });
  it('reads anything that is not a list as no rules', () => {
    expect(validRules({ rules: [rule()] })).toEqual([]);
    expect(validRules(undefined)).toEqual([]);
  });
  it('keeps only the known fields of a rule', () => {
    expect(validRules([{ ...rule(), extra: '<script>' }])[0]).toEqual(rule());
  });
});

describe('ruleProblem', () => {
  it('names the field that is wrong', () => {
    expect(ruleProblem(rule())).toBe('');
    expect(ruleProblem(rule({ host: 'Evil Host' }))).toBe('host');
    expect(ruleProblem(rule({ selector: '' }))).toBe('selector');
    expect(ruleProblem(rule({ selector: 'p { color: red }' }))).toBe('selector');
    expect(ruleProblem(rule({ text: 'x'.repeat(201) }))).toBe('text');
    expect(ruleProblem([])).toBe('not an object');
  });
});

describe('mergeRules', () => {
  it('replaces a rule of the same id and keeps one pick rule a site', () => {
    const merged = mergeRules([rule(), rule({ kind: 'pick', selector: '.story' })], [rule({ text: 'new' }), rule({ kind: 'pick', selector: '.main' })]);
    expect(merged.map(ruleId)).toEqual(['alwadi-news.example remove .wadi-writer-box', 'alwadi-news.example pick .main']);
    expect(merged[0].text).toBe('new');
  });
});

describe('rulesFor', () => {
  it('gives only the rules of the address’s site, www. or not', () => {
    const rules = [rule(), rule({ host: 'other.example' })];
    expect(rulesFor('https://www.alwadi-news.example/x', rules)).toEqual([rules[0]]);
    expect(rulesFor('about:blank', rules)).toEqual([]);
  });
});
