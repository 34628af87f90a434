import { describe, expect, it } from 'vitest';
import { convertNumerals, toArabicIndicDigits, toWesternDigits } from '../../../utils/text/numerals';

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
