import { describe, expect, it } from 'vitest';
import { endsLikeSentence, hasInnerSentenceEnd, isRunningText } from '../../../utils/text/prose';

describe('isRunningText', () => {
  it.each([
    ['Arabic', 'وقال المتحدث باسم الوزارة إن الحكومة ماضية في خطتها.'],
    ['Persian', 'مهدی هاشمی‌نسب مشکلی برای همراهی تیمش در دیدار برابر نساجی نخواهد داشت.'],
    ['Urdu', 'ادارہ مضمون نگار کی رائے سے متفق ہونا ضروری نہیں ہے۔'],
    ['Hebrew', 'שכר הדירה הממוצע בתל אביב עלה ב-7% בשנה החולפת, כך עולה מהדו"ח.'],
    ['Chinese', '这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它。'],
    ['a long passage without a full stop', 'كلمة '.repeat(45)],
  ])('takes a sentence in %s', (_, text) => expect(isRunningText(text)).toBe(true));

  it.each([
    ['a headline', 'أضرار تقدَّر بمئات آلاف الدولارات'],
    ['a caption', 'وزارة العمل'],
    ['a date line', '30.12.24 | 10:32 עודכן: 11:14'],
    ['an abbreviation, not a full stop', 'د. محمد علي الحسن'],
    ['a short question', 'وجدت خطأ؟'],
  ])('refuses %s', (_, text) => expect(isRunningText(text)).toBe(false));
});

describe('sentence ends', () => {
  it('tells a second sentence from a headline ending in a question mark', () => {
    expect(hasInnerSentenceEnd('ارتفعت الأسعار. ويتوقع الخبراء المزيد')).toBe(true);
    expect(hasInnerSentenceEnd('ماذا بعد ارتفاع الأسعار؟')).toBe(false);
    expect(hasInnerSentenceEnd('بلغ النمو 3.5 في المئة')).toBe(false);
  });
  it('sees a final full stop after a closing quotation mark', () => {
    expect(endsLikeSentence('قال: «سنواصل العمل.»')).toBe(true);
    expect(endsLikeSentence('قناة السويس أكبر الخاسرين')).toBe(false);
  });
});
