import { describe, expect, it } from 'vitest';
import { CONTEXT, anchorOf, lazyFold, place } from '../../../utils/highlights/anchor';
import { fold } from '../../../utils/highlights/fold';

const ARTICLE =
  'أعلنت وزارة الثقافة اليوم عن برنامج جديد لترميم المكتبات العامة في المدن الصغيرة. ' +
  'وقالت الوزيرة إن «المكتبة العامة بيتٌ مفتوح للجميع»، مضيفة أن البرنامج يشمل أربعين مكتبة. ' +
  'ويقول أمين المكتبة إن المكتبة العامة تحتاج إلى قرّاء يعودون إليها كل يوم.';

const span = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return [start, start + quote.length] as const;
};

describe('anchorOf', () => {
  it('keeps the quote, about 32 characters on each side and the offsets', () => {
    const [start, end] = span(ARTICLE, 'بيتٌ مفتوح للجميع');
    const a = anchorOf(ARTICLE, start, end);
    expect(a.quote.exact).toBe('بيتٌ مفتوح للجميع');
    expect(a.quote.prefix).toBe(ARTICLE.slice(start - CONTEXT, start));
    expect(a.quote.suffix).toBe(ARTICLE.slice(end, end + CONTEXT));
    expect([a.start, a.end]).toEqual([start, end]);
  });

  it('keeps shorter context at the ends of the text', () => {
    const a = anchorOf(ARTICLE, 0, 5);
    expect(a.quote.prefix).toBe('');
  });
});

describe('place', () => {
  const [start, end] = span(ARTICLE, 'بيتٌ مفتوح للجميع');
  const anchor = anchorOf(ARTICLE, start, end);
  const at = (text: string, p: { start: number; end: number } | null) => (p ? text.slice(p.start, p.end) : null);

  it('uses the offsets when the text there is still the quote', () => {
    expect(place(ARTICLE, anchor)).toEqual({ start, end, by: 'position' });
  });

  it('finds the quote by its text when words were added before it', () => {
    const changed = ARTICLE.replace('اليوم', 'صباح اليوم');
    const p = place(changed, anchor);
    expect(p?.by).toBe('quote');
    expect(at(changed, p)).toBe('بيتٌ مفتوح للجميع');
  });

  it('chooses, of several occurrences, the one whose context agrees', () => {
    const [s, e] = span(ARTICLE, 'المكتبة العامة', ARTICLE.indexOf('أمين'));
    const second = anchorOf(ARTICLE, s, e);
    const changed = `مقدمة قصيرة. ${ARTICLE}`;
    const p = place(changed, second);
    expect(p?.by).toBe('quote');
    expect(p!.start).toBe(s + 'مقدمة قصيرة. '.length);
  });

  it('places a quote whose diacritic, alef form or digits changed, over the text as it is now', () => {
    const changed = ARTICLE.replace('بيتٌ', 'بيت').replace('أربعين', 'اربعين');
    const p = place(changed, anchor);
    expect(p?.by).toBe('folded');
    expect(at(changed, p)).toBe('بيت مفتوح للجميع');
    const western = 'عدد المكتبات 40 مكتبة';
    const withDigits = anchorOf(western, western.indexOf('المكتبات'), western.length);
    expect(at('عدد المكتبات ٤٠ مكتبة', place('عدد المكتبات ٤٠ مكتبة', withDigits))).toBe('المكتبات ٤٠ مكتبة');
  });

  it('keeps the closing mark and the diacritics at the ends of a quote placed folded', () => {
    const [s, e] = span(ARTICLE, 'المكتبة العامة بيتٌ مفتوح للجميع»');
    const quoted = anchorOf(ARTICLE, s, e);
    const changed = ARTICLE.replace('بيتٌ', 'بيت');
    expect(at(changed, place(changed, quoted))).toBe('المكتبة العامة بيت مفتوح للجميع»');
  });

  it('places a quote with a word changed inside it by a bounded number of edits', () => {
    const [s, e] = span(ARTICLE, 'مضيفة أن البرنامج يشمل أربعين مكتبة');
    const long = anchorOf(ARTICLE, s, e);
    const changed = ARTICLE.replace('يشمل', 'سيشمل');
    const p = place(changed, long);
    expect(p?.by).toBe('fuzzy');
    expect(at(changed, p)).toBe('مضيفة أن البرنامج سيشمل أربعين مكتبة');
  });

  it('gives null when the quote is gone, never a guess', () => {
    const changed = ARTICLE.replace('وقالت الوزيرة إن «المكتبة العامة بيتٌ مفتوح للجميع»، ', 'وقالت الوزيرة كلاماً آخر تماماً، ');
    expect(place(changed, anchor)).toBeNull();
    expect(place('', anchor)).toBeNull();
  });

  it('folds the text only when a highlight needs it, and once for many', () => {
    let calls = 0;
    const folded = lazyFold(ARTICLE);
    const counted = () => (calls++, folded());
    expect(place(ARTICLE, anchor, counted)?.by).toBe('position');
    expect(calls).toBe(0);
    const changed = ARTICLE.replace('بيتٌ', 'بيت');
    const once = lazyFold(changed);
    expect(once()).toBe(once());
    expect(once()).toEqual(fold(changed));
    expect(place(changed, anchor, once)?.by).toBe('folded');
  });
});
