import { localSpeech, type Speech } from '../speech/local-speech';
import type { SpeechEngine, UtteranceLike } from '../speech/narrator';

/** The browser's own speech synthesis, local voices only; null engine where there is none. */
export function browserSpeech(): Speech {
  const synth = (globalThis as unknown as { speechSynthesis?: SpeechEngine }).speechSynthesis ?? null;
  const Utterance = (globalThis as unknown as { SpeechSynthesisUtterance?: new (text: string) => UtteranceLike }).SpeechSynthesisUtterance;
  return localSpeech({
    engine: synth && Utterance ? synth : null,
    makeUtterance: (text) => (Utterance ? new Utterance(text) : ({ text } as UtteranceLike)),
    platform: typeof navigator === 'undefined' ? '' : navigator.userAgent,
  });
}
