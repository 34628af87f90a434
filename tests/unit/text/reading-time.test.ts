import { describe, expect, it } from 'vitest';
import { charsPerMinute, readingMinutes } from '../../../utils/text/reading-time';

describe('reading time', () => {
  it('reads Arabic at 612 characters a minute (Firefox, IReST)', () => {
    expect(charsPerMinute('ar')).toBe(612);
    expect(charsPerMinute('ar-EG')).toBe(612);
    expect(readingMinutes('ب'.repeat(612), 'ar')).toBe(1);
    expect(readingMinutes('ب'.repeat(613), 'ar')).toBe(2);
  });
  it('takes the other languages from the same table, English by default', () => {
    expect(charsPerMinute('de')).toBe(920);
    expect(charsPerMinute('zh-CN')).toBe(255);
    expect(charsPerMinute('xx')).toBe(987);
    expect(charsPerMinute('fa')).toBe(612);
  });
  it("uses Firefox's current codes: ja for Japanese, sl for Slovenian", () => {
    expect(charsPerMinute('ja-JP')).toBe(357);
    expect(charsPerMinute('sl')).toBe(885);
    expect(charsPerMinute('jw')).toBe(987);
    expect(charsPerMinute('sk')).toBe(987);
  });
  it('is at least a minute', () => {
    expect(readingMinutes('قصير', 'ar')).toBe(1);
  });
});
