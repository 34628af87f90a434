/**
 * Choosing a speech synthesis voice for an article. Pure: works on plain
 * voice descriptions (window.speechSynthesis.getVoices() in the browser) and
 * returns the same objects, never copies (Chrome only accepts its own).
 * A voice of another language is never chosen: reading Arabic with an
 * English voice spells it out letter by letter, or says nothing.
 */
import { primarySubtag, regionSubtag } from '../text/language';

/** The fields of SpeechSynthesisVoice that the choice reads. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

export type VoiceHelp = 'windows' | 'mac' | 'chromeos' | 'android' | 'linux' | 'other';

/** The subtags of a language tag that the choice reads: "ar_eg" → { language: 'ar', region: 'eg' }. */
function parseLang(tag: string): { language: string; region: string } {
  return { language: primarySubtag(tag), region: regionSubtag(tag) };
}

/** The installed voices of `lang`'s language, best first: offline ones, then the article's region, then by name. */
export function voicesFor(voices: VoiceLike[], lang: string): VoiceLike[] {
  const want = parseLang(lang);
  if (!want.language) return [];
  const rank = (v: VoiceLike) => (v.localService ? 0 : 2) + (want.region && parseLang(v.lang).region === want.region ? 0 : 1);
  return voices
    .filter((v) => parseLang(v.lang).language === want.language)
    .map((v) => ({ v, r: rank(v) }))
    .sort((a, b) => a.r - b.r || (a.v.name < b.v.name ? -1 : a.v.name > b.v.name ? 1 : 0))
    .map(({ v }) => v);
}

/** The remembered voice if still installed and of `lang`'s language, else the best of `voicesFor`, else null. */
export function pickVoice(voices: VoiceLike[], lang: string, remembered?: string): VoiceLike | null {
  const fit = voicesFor(voices, lang);
  return (remembered ? fit.find((v) => v.voiceURI === remembered) : undefined) ?? fit[0] ?? null;
}

/** Rules for `voiceHelp`, first match wins (iOS before macOS: its agent says "like Mac OS X"). */
const PLATFORMS: Array<[RegExp, VoiceHelp]> = [
  [/iPhone|iPad|iPod/, 'other'],
  [/Android/, 'android'],
  [/CrOS/, 'chromeos'],
  [/Win/, 'windows'],
  [/Mac/, 'mac'],
  [/Linux|X11/, 'linux'],
];

/** Which "how to install a voice" instructions fit a navigator.userAgent (or navigator.platform) string. */
export function voiceHelp(platform: string): VoiceHelp {
  for (const [pattern, help] of PLATFORMS) if (pattern.test(platform)) return help;
  return 'other';
}
