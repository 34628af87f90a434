import { describe, expect, it } from 'vitest';
import { countQuotes, matchQuotes, naiveQuotes, overlapF1, parseQuoteGold, rates, speakerMatch } from '../../../utils/quotes/score';

describe('parseQuoteGold', () => {
  it('reads speaker<TAB>text lines, an empty speaker for a term, and skips blank lines', () => {
    expect(parseQuoteGold('دیمیتری پسکوف\tما علاقه‌مندیم.\n\n\tبسنت\r\nبلا تبويب\n')).toEqual([
      { speaker: 'دیمیتری پسکوف', text: 'ما علاقه‌مندیم.' },
      { speaker: '', text: 'بسنت' },
      { speaker: '', text: 'بلا تبويب' },
    ]);
  });
});

describe('matching spans', () => {
  it('takes equal normalised texts, whatever the punctuation and diacritics', () => {
    expect(matchQuotes([{ text: 'إنّ الوضعَ «صعب».', speaker: '' }], [{ speaker: '', text: 'ان الوضع صعب' }])).toEqual([0]);
  });

  it('takes a span a word short or long, and not a different quotation', () => {
    const gold = [{ speaker: '', text: 'الصحراء لا تنتظر اجتماعاتنا وكل عام نتأخر فيه نخسر الكثير' }];
    expect(matchQuotes([{ text: 'الصحراء لا تنتظر اجتماعاتنا وكل عام نتأخر فيه نخسر', speaker: '' }], gold)).toEqual([0]);
    expect(matchQuotes([{ text: 'الأمن والتنمية وجهان لعملة واحدة', speaker: '' }], gold)).toEqual([-1]);
    expect(overlapF1('a b c d', 'a b c d e')).toBeCloseTo(8 / 9);
  });

  it('pairs one to one, so a term quoted three times needs three spans', () => {
    const gold = ['میڈیکل ویسٹ', 'میڈیکل ویسٹ', 'میڈیکل ویسٹ'].map((text) => ({ speaker: '', text }));
    expect(matchQuotes([{ text: 'میڈیکل ویسٹ', speaker: '' }, { text: 'میڈیکل ویسٹ', speaker: '' }], gold)).toEqual([0, 1, -1]);
  });
});

describe('speakerMatch', () => {
  it('is exact on equal names, part when one name is a run of the other, null otherwise', () => {
    expect(speakerMatch('حمیدرضا نوروزی', 'حمیدرضا نوروزی')).toBe('exact');
    expect(speakerMatch('دیمیتری پسکوف', 'پسکوف')).toBe('part');
    expect(speakerMatch('الهيئة', 'الهيئة العامة للأرصاد الجوية')).toBe('part');
    expect(speakerMatch('الباحثة', 'خديجة بنت محمد فال')).toBeNull();
    expect(speakerMatch('', 'ترمپ')).toBeNull();
  });
});

describe('countQuotes and rates', () => {
  it('counts speakers only over matched spans whose gold names one', () => {
    const gold = [
      { speaker: 'ترمپ', text: 'چین هم باید می‌آمد.' },
      { speaker: '', text: 'بسنت' },
      { speaker: 'کرملین', text: 'هرچه زودتر' },
    ];
    const found = [
      { text: 'چین هم باید می‌آمد.', speaker: 'دونالد ترمپ' },
      { text: 'بسنت', speaker: '' },
      { text: 'جای دیگر', speaker: '' },
    ];
    const { counts } = countQuotes(found, gold);
    expect(counts).toEqual({ gold: 3, found: 3, matched: 2, speakerGold: 1, speakerRight: 1, speakerExact: 0 });
    expect(rates(counts)).toEqual({ precision: 2 / 3, recall: 2 / 3, speakers: 1, speakersExact: 0 });
  });
});

describe('naiveQuotes', () => {
  it('pairs the nearest marks of each line and names nobody', () => {
    expect(naiveQuotes('قال «نعم» و"لا"\n”معكوس“ ثم “عادي”').map((q) => q.text)).toEqual(['نعم', 'لا', 'معكوس', 'عادي']);
    expect(naiveQuotes('قال «نعم\nلا»')).toEqual([]);
  });
});
