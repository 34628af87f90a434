import { describe, expect, it } from 'vitest';
import { addScripts, countScripts, emptyCounts, guessLanguage, isRtlLanguage, majorityDirection, resolveDirection, textDirection } from '../../../utils/text/direction';

describe('isRtlLanguage', () => {
  it.each(['ar', 'ar-EG', 'AR_sa', 'fa', 'fa-IR', 'ur', 'he', 'yi', 'ps', 'sd', 'ckb', 'ug', 'dv', 'iw'])('%s is right to left', (tag) => {
    expect(isRtlLanguage(tag)).toBe(true);
  });
  it.each(['en', 'fr-FR', 'arn', 'ast', 'hea', 'fam', 'urd-x', 'zh', '', null, undefined])(
    '%s is not (the primary subtag decides, not a substring)',
    (tag) => {
      expect(isRtlLanguage(tag)).toBe(false);
    },
  );
});

describe('countScripts and guessLanguage', () => {
  it('counts Arabic and Latin letters, ignoring digits and punctuation', () => {
    const counts = countScripts('قال بوتين: 16 يونيو — Smotrim.ru');
    expect(counts.arabic).toBe('قالبوتينيونيو'.length);
    expect(counts.ltr).toBe('Smotrimru'.length);
  });
  it('guesses Arabic for Arabic text', () => {
    expect(guessLanguage(countScripts('وقال الرئيس الروسي إن الاجتماع سيعقد في جنيف'))).toBe('ar');
  });
  it('guesses Persian when Persian letters are common', () => {
    expect(guessLanguage(countScripts('رئیس جمهور گفت که این پیشنهاد را بررسی می‌کند و چند روز دیگر پاسخ می‌دهد'))).toBe('fa');
  });
  it('guesses Urdu from Urdu letters', () => {
    expect(guessLanguage(countScripts('وزیر اعظم نے کہا کہ حکومت عوام کے مسائل حل کرنے کے لیے پوری طرح تیار ہے اور ٹیکس نہیں بڑھائے گی'))).toBe('ur');
  });
  it('guesses Hebrew for Hebrew text', () => {
    expect(guessLanguage(countScripts('ראש הממשלה אמר כי הממשלה תפעל'))).toBe('he');
  });
  it('guesses nothing for Latin text', () => {
    expect(guessLanguage(countScripts('The president said the meeting would take place'))).toBe('');
  });
  it('one Persian letter in a long Arabic text stays Arabic', () => {
    const text = 'وقال الرئيس إن الاجتماع سيعقد في جنيف '.repeat(20) + 'گ';
    expect(guessLanguage(countScripts(text))).toBe('ar');
  });
});

describe('resolveDirection', () => {
  const arabic = countScripts('وقال الرئيس الروسي إن الاجتماع سيعقد في جنيف');
  const latin = countScripts('Lorem ipsum dolor sit amet consectetur');
  it('takes the dir attribute first', () => {
    expect(resolveDirection({ dirAttribute: 'rtl', languages: ['en'], counts: latin })).toBe('rtl');
    expect(resolveDirection({ dirAttribute: 'ltr', languages: ['ar'], counts: latin })).toBe('ltr');
  });
  it('then a right-to-left language of the page or the article', () => {
    expect(resolveDirection({ languages: ['', 'ar'], counts: latin })).toBe('rtl');
    expect(resolveDirection({ languages: ['fa-IR'], counts: latin })).toBe('rtl');
  });
  it('then the letters, whatever a left-to-right lang says', () => {
    expect(resolveDirection({ languages: ['en'], counts: arabic })).toBe('rtl');
    expect(resolveDirection({ languages: [], counts: latin })).toBe('ltr');
  });
  it('overrules a hard-coded dir="ltr" only for text that is nearly all Arabic', () => {
    expect(resolveDirection({ dirAttribute: 'ltr', languages: [], counts: arabic })).toBe('rtl');
    const mixed = countScripts('وقال الرئيس الروسي Lorem ipsum dolor sit amet consectetur adipiscing');
    expect(resolveDirection({ dirAttribute: 'ltr', languages: [], counts: mixed })).toBe('ltr');
  });
});

describe('majorityDirection and textDirection', () => {
  it('go by most strong letters, not by the first one', () => {
    expect(textDirection('Google أعلنت يوم الثلاثاء عن تحديث')).toBe('rtl');
    expect(textDirection('iPhone 17 بات الهاتف الأكثر مبيعاً')).toBe('rtl');
    expect(textDirection('The company said: «نعم»')).toBe('ltr');
  });
  it('have no say on text without strong letters, or as many each way', () => {
    expect(textDirection('2025 — 38%')).toBeNull();
    expect(textDirection('abc أبت')).toBeNull();
    expect(majorityDirection(emptyCounts())).toBeNull();
  });
  it('count text added piece by piece as one (addScripts: the one counting loop)', () => {
    const counts = addScripts(addScripts(emptyCounts(), 'Google '), 'أعلنت اليوم');
    expect(counts).toEqual(countScripts('Google أعلنت اليوم'));
    expect(majorityDirection(counts)).toBe('rtl');
  });
});
