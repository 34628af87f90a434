import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickVoice, voiceHelp, voicesFor, type VoiceLike } from '../../../utils/speech/voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  localService,
  default: isDefault,
});

/** Roughly what Chrome on Windows lists: English default, Google network voices, a few local ones. */
const INSTALLED: VoiceLike[] = [
  voice('Microsoft David - English (United States)', 'en-US', true, true),
  voice('Google US English', 'en-US', false),
  voice('Google العربية', 'ar-SA', false),
  voice('Microsoft Salma - Arabic (Egypt)', 'ar-EG', true),
  voice('Microsoft Hoda - Arabic (Saudi Arabia)', 'ar-SA', true),
  voice('Microsoft Dilara - Persian', 'fa-IR', true),
  voice('Microsoft Naayf', 'ar_sa', true),
  voice('Hebrew', 'he-IL', true),
];
const names = (voices: VoiceLike[]) => voices.map((v) => v.name);

describe('voicesFor', () => {
  it('keeps only the voices of the article\'s language: local first, then its region, then by name', () => {
    expect(names(voicesFor(INSTALLED, 'ar'))).toEqual([
      'Microsoft Hoda - Arabic (Saudi Arabia)',
      'Microsoft Naayf',
      'Microsoft Salma - Arabic (Egypt)',
      'Google العربية',
    ]);
    expect(names(voicesFor(INSTALLED, 'ar-EG'))).toEqual([
      'Microsoft Salma - Arabic (Egypt)',
      'Microsoft Hoda - Arabic (Saudi Arabia)',
      'Microsoft Naayf',
      'Google العربية',
    ]);
    // A local voice of another region still beats a network voice of the right one.
    expect(names(voicesFor(INSTALLED, 'ar-SA'))[3]).toBe('Google العربية');
  });

  it('matches primary subtags only, whatever the case, separator, region or script', () => {
    const vs = [voice('a', 'AR'), voice('b', 'ar_EG'), voice('c', 'ar-Arab-EG'), voice('d', 'ara'), voice('e', 'arz-EG')];
    expect(names(voicesFor(vs, 'ar-eg'))).toEqual(['b', 'c', 'a']);
    expect(names(voicesFor(vs, 'AR'))).toEqual(['a', 'b', 'c']);
    expect(names(voicesFor(vs, ' ar_SA '))).toEqual(['a', 'b', 'c']);
  });

  it('never counts Persian, Urdu or Hebrew as Arabic, and gives nothing for an unknown language', () => {
    expect(names(voicesFor(INSTALLED, 'fa'))).toEqual(['Microsoft Dilara - Persian']);
    expect(voicesFor([voice('u', 'ur-PK'), voice('h', 'he')], 'ar')).toEqual([]);
    expect(voicesFor(INSTALLED, '')).toEqual([]);
    expect(voicesFor([voice('blank', '')], '')).toEqual([]);
  });

  it('returns the engine\'s own objects', () => {
    expect(voicesFor(INSTALLED, 'ar')[0]).toBe(INSTALLED[4]);
  });
});

describe('pickVoice', () => {
  it('takes the remembered voice when it is still installed and of the language', () => {
    expect(pickVoice(INSTALLED, 'ar', 'uri:Google العربية')?.name).toBe('Google العربية');
  });

  it('falls back to the best voice of the language when the remembered one is gone or of another language', () => {
    expect(pickVoice(INSTALLED, 'ar', 'uri:uninstalled')?.name).toBe('Microsoft Hoda - Arabic (Saudi Arabia)');
    expect(pickVoice(INSTALLED, 'ar', 'uri:Microsoft David - English (United States)')?.name).toBe('Microsoft Hoda - Arabic (Saudi Arabia)');
    expect(pickVoice(INSTALLED, 'ar')?.name).toBe('Microsoft Hoda - Arabic (Saudi Arabia)');
  });

  it('gives null, never an English voice, when no Arabic voice is installed', () => {
    const english = INSTALLED.filter((v) => !v.lang.toLowerCase().startsWith('ar'));
    expect(pickVoice(english, 'ar')).toBeNull();
    expect(pickVoice(english, 'ar', 'uri:Microsoft David - English (United States)')).toBeNull();
    expect(pickVoice([], 'ar')).toBeNull();
    expect(pickVoice(INSTALLED, '')).toBeNull();
  });

  it('never picks a voice of another language (property)', () => {
    const tags = ['ar', 'ar-SA', 'ar_EG', 'AR-ae', 'en', 'en-US', 'en-GB', 'fa-IR', 'ur', 'he-IL', 'fr-FR', 'arz', 'ara', ''];
    const langs = fc.constantFrom(...tags);
    const arbVoice = fc.record({
      name: fc.string(),
      lang: langs,
      voiceURI: fc.string(),
      localService: fc.boolean(),
      default: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbVoice, { maxLength: 12 }), langs, fc.option(fc.string(), { nil: undefined }), (voices, lang, remembered) => {
        const picked = pickVoice(voices, lang, remembered);
        const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0];
        if (picked === null) {
          // Null only when nothing of the language is installed.
          expect(voices.some((v) => primary(lang) !== '' && primary(v.lang) === primary(lang))).toBe(false);
        } else {
          expect(primary(picked.lang)).toBe(primary(lang));
          expect(primary(lang)).not.toBe('');
          expect(voices).toContain(picked);
        }
        const listed = voicesFor(voices, lang);
        for (const v of listed) expect(primary(v.lang)).toBe(primary(lang));
        for (let i = 1; i < listed.length; i++) expect(listed[i - 1].localService || !listed[i].localService).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('voiceHelp', () => {
  it('tells the platform from a user agent or navigator.platform', () => {
    const cases: Array<[string, string]> = [
      ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', 'windows'],
      ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', 'windows'],
      ['Win32', 'windows'],
      ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', 'mac'],
      ['MacIntel', 'mac'],
      ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', 'chromeos'],
      ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36', 'android'],
      ['Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0', 'android'],
      ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'linux'],
      ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'linux'],
      ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'other'],
      ['', 'other'],
      ['Darwin', 'other'],
    ];
    for (const [ua, help] of cases) expect([ua, voiceHelp(ua)]).toEqual([ua, help]);
  });
});
