import { describe, expect, it } from 'vitest';
import { fragileRuns, isolateForAttribute, latinRuns, type Run } from '../../../utils/text/isolate';

/** The runs to isolate, in order. */
const isolated = (runs: Run[]) => runs.filter((r) => r.ltr).map((r) => r.text);
/** The runs put back together: nothing is lost or added. */
const joined = (runs: Run[]) => runs.map((r) => r.text).join('');

describe('latinRuns (UI strings)', () => {
  it('finds package names, keeping a multi-word command as one run so its words stay in order', () => {
    const text = 'لإضافة صوت: ثبّت speech-dispatcher وespeak-ng (مثلاً: sudo apt install speech-dispatcher espeak-ng)، ثم أعد تشغيل المتصفح.';
    const runs = latinRuns(text);
    expect(isolated(runs)).toEqual(['speech-dispatcher', 'espeak-ng', 'sudo apt install speech-dispatcher espeak-ng']);
    expect(joined(runs)).toBe(text);
  });
  it('finds addresses and leaves the parenthesis and the sentence punctuation to the Arabic', () => {
    const text = 'لتغييره افتح صفحة الاختصارات في المتصفح (chrome://extensions/shortcuts أو edge://extensions/shortcuts في إيدج).';
    expect(isolated(latinRuns(text))).toEqual(['chrome://extensions/shortcuts', 'edge://extensions/shortcuts']);
  });
  it('keeps the colon of a scheme when no space follows it', () => {
    expect(isolated(latinRuns('هكذا تفعل صفحات عرض المصدر (view-source:) وبعض صفحات المتصفح'))).toEqual(['view-source:']);
    expect(isolated(latinRuns('أو ملف PDF.'))).toEqual(['PDF']);
  });
  it('finds key names and shortcuts', () => {
    expect(isolated(latinRuns('Q تمييز الاقتباسات؛ J وK للاقتباس التالي والسابق'))).toEqual(['Q', 'J', 'K']);
    expect(isolated(latinRuns('اكتب اختصاراً جديداً (مثل Alt+Shift+K) واضغط حفظ.'))).toEqual(['Alt+Shift+K']);
  });
  it('leaves a string without right-to-left letters whole: in English nothing needs isolating', () => {
    expect(latinRuns('Install speech-dispatcher (sudo apt install espeak-ng).')).toEqual([{ text: 'Install speech-dispatcher (sudo apt install espeak-ng).', ltr: false }]);
  });
});

describe('isolateForAttribute', () => {
  it('wraps Latin runs in LRI … PDI, the isolates an attribute can hold', () => {
    expect(isolateForAttribute('أغلق القارئ وعُد إلى الصفحة (Esc)')).toBe('أغلق القارئ وعُد إلى الصفحة (\u2066Esc\u2069)');
    expect(isolateForAttribute('Close the reader (Esc)')).toBe('Close the reader (Esc)');
  });
});

describe('fragileRuns (article text)', () => {
  it('isolates the tokens whose edge characters the Arabic would take: C++, C#, @handles, #tags, .NET', () => {
    const text = 'يرى مطورون أن C++ وC# أسرع من .NET، بحسب @OpenAI في وسم #AI اليوم.';
    expect(isolated(fragileRuns(text))).toEqual(['C++', 'C#', '.NET', '@OpenAI', '#AI']);
    expect(joined(fragileRuns(text))).toBe(text);
  });
  it('isolates an address ending in a slash, but a sentence-final dot stays with the sentence', () => {
    expect(isolated(fragileRuns('على الموقع taqniatalyoum.com/ai/ والاتصال'))).toEqual(['taqniatalyoum.com/ai/']);
    expect(isolated(fragileRuns('على الموقع https://t.co/abc.'))).toEqual([]);
  });
  it('isolates dotted abbreviations with their last dot', () => {
    expect(isolated(fragileRuns('قالت وزارة الخارجية في U.S. إن'))).toEqual(['U.S.']);
  });
  it('isolates international phone numbers, whose digit groups would show in reverse order', () => {
    expect(isolated(fragileRuns('على الرقم +971 4 123 4567.'))).toEqual(['+971 4 123 4567']);
  });
  it('leaves to the bidirectional algorithm what it gets right: words, product names with numbers, e-mail, percentages, dates', () => {
    for (const text of ['Google أعلنت', 'iPhone 17 بات', 'YouTube وNetflix', 'أكثر من 38% في 2025-10-14', 'إلى البريد press@example.com أو', 'نظام Android.', 'COVID-19 وF-16']) {
      expect(isolated(fragileRuns(text)), text).toEqual([]);
    }
  });
  it('takes time linear in the text: a long paragraph of tokens is one pass', () => {
    const text = 'C++ و@x '.repeat(50_000);
    expect(isolated(fragileRuns(text))).toHaveLength(100_000);
  });
});
