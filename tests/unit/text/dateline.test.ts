import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../utils/text/dateline';

describe('parseDateline', () => {
  it.each([
    ['الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)', '2013-08-28'],
    ['نشر في 13 يونيو 2021', '2021-06-13'],
    ['الأحد ١٣ حزيران ٢٠٢١', '2021-06-13'],
    ['الخميس 3 شتنبر 2020 - 10:25', '2020-09-03'],
    ['12 جويلية 2019', '2019-07-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateline(text)).toBe(iso);
  });
  it.each(['وقال إن الاجتماع سيعقد في 16 يونيو 2021 في جنيف', '31 فبراير 2021', 'يونيو 2021', 'الأربعاء'])('%s is not a date line', (text) => {
    expect(parseDateline(text)).toBe('');
  });
});
