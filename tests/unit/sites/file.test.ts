import { describe, expect, it } from 'vitest';
import { parseRulesFile, rulesFile } from '../../../utils/sites/file';
import type { SiteRule } from '../../../utils/sites/rules';

const rules: SiteRule[] = [
  { host: 'alwadi-news.example', kind: 'remove', selector: '.wadi-writer-box', text: 'عن الكاتب رنا الحداد', added: 1_770_000_000_000 },
  { host: 'minbar-khaleej.example', kind: 'pick', selector: '.mnb-story', text: 'ميناء الدوحة الجديد', added: 1_770_000_100_000 },
];

describe('rulesFile and parseRulesFile', () => {
  it('read back the rules they wrote', () => {
    expect(parseRulesFile(rulesFile(rules))).toEqual({ ok: true, rules });
  });
  it('refuse what is not JSON', () => {
    expect(parseRulesFile('{"format": "qari-site-rules", ')).toEqual({ ok: false, problem: 'not-json' });
  });
  it('refuse JSON that is not a Qari site-rules file', () => {
    expect(parseRulesFile('{"theme": "dark"}')).toEqual({ ok: false, problem: 'not-ours' });
    expect(parseRulesFile('[1, 2]')).toEqual({ ok: false, problem: 'not-ours' });
  });
  it('refuse a version they do not know', () => {
    expect(parseRulesFile(JSON.stringify({ format: 'qari-site-rules', version: 9, rules }))).toEqual({ ok: false, problem: 'version' });
  });
  it('refuse a whole file for one bad rule, naming the rule and the field', () => {
    const bad = JSON.stringify({ format: 'qari-site-rules', version: 1, rules: [rules[0], { ...rules[1], kind: 'rewrite' }] });
    expect(parseRulesFile(bad)).toEqual({ ok: false, problem: 'bad-rule', rule: 2, field: 'kind' });
  });
  it('refuse a file larger than any list made by hand', () => {
    expect(parseRulesFile(' '.repeat(2_000_001))).toEqual({ ok: false, problem: 'too-large' });
  });
});
