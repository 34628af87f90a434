import { describe, expect, it } from 'vitest';
import { prf, segments, segmentsPass, tokens } from '../../../utils/text/score';

describe('tokens', () => {
  it('normalises, drops punctuation and lower-cases', () => {
    expect(tokens('Hello, World!\nقالَ  الرئيسُ')).toEqual(['hello', 'world', 'قال', 'الرئيس']);
  });

  it('gives no token for empty or punctuation-only text', () => {
    expect(tokens('')).toEqual([]);
    expect(tokens(' … «» ، ')).toEqual([]);
  });
});

describe('prf', () => {
  it('scores identical text 1/1/1', () => {
    expect(prf('the cat sat\non the mat', 'the cat sat\non the mat')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores disjoint text 0/0/0', () => {
    expect(prf('alpha beta', 'gamma delta')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts repeated tokens as a multiset', () => {
    // extracted {the: 2, cat: 1, hat: 1}, gold {the: 1, cat: 1, sat: 1}:
    // shared = min(2,1) + min(1,1) = 2; P = 2/4, R = 2/3, F1 = 2PR/(P+R) = 4/7.
    const score = prf('the cat the hat', 'the cat sat');
    expect(score.precision).toBeCloseTo(0.5, 10);
    expect(score.recall).toBeCloseTo(2 / 3, 10);
    expect(score.f1).toBeCloseTo(4 / 7, 10);
  });

  it('penalises an extracted word repeated more often than in the gold', () => {
    // extracted {a: 3}, gold {a: 1, b: 1}: shared 1; P = 1/3, R = 1/2, F1 = 2/5.
    const score = prf('a a a', 'a b');
    expect(score.precision).toBeCloseTo(1 / 3, 10);
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.f1).toBeCloseTo(0.4, 10);
  });

  it('matches Arabic spelling variants after normalisation', () => {
    expect(prf('أيضاً', 'ايضا').f1).toBe(1);
    expect(prf('ذهبَ إلى المدرسة.', 'ذهب الي المدرسه').f1).toBe(1);
    expect(prf('آخــر الأخبار', 'اخر الاخبار').f1).toBe(1);
  });

  it('handles empty sides', () => {
    expect(prf('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf('', 'some gold')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf('some text', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('segments', () => {
  const gold = { with: ['منذ بدء', 'كل المجالات'], without: ['إضافة تعليق جديد', 'غائم جزئيا'] };

  it('counts found `with` and absent `without` snippets', () => {
    const text = 'منذُ بدءِ الاحتجاجات\nفي كلّ المجالات تقريبا';
    // "كلّ" keeps no shadda after normalisation, so both `with` snippets match.
    expect(segments(text, gold)).toEqual({ withFound: 2, withTotal: 2, withoutAbsent: 2, withoutTotal: 2 });
    expect(segmentsPass(segments(text, gold))).toBe(true);
  });

  it('matches across lines and punctuation, and reports boilerplate that stayed', () => {
    const text = 'منذ\nبدء شيء\nاضافة تعليق جديد!';
    expect(segments(text, gold)).toEqual({ withFound: 1, withTotal: 2, withoutAbsent: 1, withoutTotal: 2 });
    expect(segmentsPass(segments(text, gold))).toBe(false);
  });

  it('finds no `with` snippet in empty text', () => {
    expect(segments('', gold)).toEqual({ withFound: 0, withTotal: 2, withoutAbsent: 2, withoutTotal: 2 });
  });
});
