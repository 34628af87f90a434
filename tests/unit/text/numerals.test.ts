import { describe, expect, it } from 'vitest';
import { convertNumerals, toArabicIndicDigits, toDigits, toWesternDigits } from '../../../utils/text/numerals';

describe('Arabic text options', () => {
  it('converts numerals both ways but never inside URLs, addresses or Latin words', () => {
    expect(convertNumerals('في 16 يونيو 2021', 'arabic')).toBe('في ١٦ يونيو ٢٠٢١');
    expect(convertNumerals('في ١٦ يونيو ۲۰۲۱', 'western')).toBe('في 16 يونيو 2021');
    expect(convertNumerals('https://x.test/2021/06 و F-16 و a1@b.c', 'arabic')).toBe('https://x.test/2021/06 و F-16 و a1@b.c');
    expect(convertNumerals('16', 'page')).toBe('16');
  });
});

describe('digits', () => {
  it('turns Arabic-Indic and Persian digits into Western ones and back', () => {
    expect(toWesternDigits('١٣ ۲۰۲۱ 7')).toBe('13 2021 7');
    expect(toArabicIndicDigits('13 ۲۰۲۱ ٧')).toBe('١٣ ٢٠٢١ ٧');
  });
});

describe('Persian and Urdu digits', () => {
  it('writes Extended Arabic-Indic digits ۰-۹, other code points than ٠-٩', () => {
    expect(convertNumerals('في 16 يونيو 2021', 'persian')).toBe('في ۱۶ يونيو ۲۰۲۱');
    expect(convertNumerals('١٣ و٤٥٦', 'persian')).toBe('۱۳ و۴۵۶');
    expect(toDigits('۴ ٤ 4', 'persian')).toBe('۴ ۴ ۴');
    expect('۴'.codePointAt(0)).not.toBe('٤'.codePointAt(0));
  });
  it('takes the decimal and thousands separators that go with the digits, both ways', () => {
    expect(convertNumerals('72.5% و12,400,000 جهاز', 'persian')).toBe('۷۲٫۵% و۱۲٬۴۰۰٬۰۰۰ جهاز');
    expect(convertNumerals('4.2 مليار و1,500.75', 'arabic')).toBe('٤٫٢ مليار و١٬٥٠٠٫٧٥');
    expect(convertNumerals('۷۸٫۵ درصد و ۲۵۰٬۰۰۰ تومان', 'western')).toBe('78.5 درصد و 250,000 تومان');
    expect(convertNumerals('٤٫٢ و١٬٥٠٠', 'persian')).toBe('۴٫۲ و۱٬۵۰۰');
  });
  it('leaves the separators of what is no decimal or grouped number: dates, versions, times', () => {
    expect(convertNumerals('16.06.2021 و1.2.3 و10:30', 'persian')).toBe('۱۶.۰۶.۲۰۲۱ و۱.۲.۳ و۱۰:۳۰');
    expect(convertNumerals('3,5', 'arabic')).toBe('٣,٥');
  });
  it('never touches URLs, e-mail addresses, Latin words', () => {
    expect(convertNumerals('taqniatalyoum.com/2025/10 و press@x2.com و iPhone 17 و F-16', 'persian')).toBe('taqniatalyoum.com/2025/10 و press@x2.com و iPhone ۱۷ و F-16');
  });
});
