/** Speech synthesis as the reader uses it: an engine, a way to make utterances, and only local voices. */
import type { SpeechEngine, UtteranceLike } from './narrator';

/** The browser's speech synthesis, or what a test puts in its place. */
export interface Speech {
  engine: SpeechEngine | null;
  makeUtterance: (text: string) => UtteranceLike;
  /** navigator.userAgent: which system's instructions to give when no voice is installed. */
  platform: string;
}

/**
 * Voices that run on this machine only. Online voices (Chrome's "Google …")
 * send the text to a speech service: Qari makes no network requests of its own.
 */
export function localSpeech(speech: Speech): Speech {
  const engine = speech.engine;
  if (!engine) return speech;
  const local: SpeechEngine = {
    getVoices: () => engine.getVoices().filter((v) => v.localService),
    speak: (u) => engine.speak(u),
    cancel: () => engine.cancel(),
    pause: () => engine.pause(),
    resume: () => engine.resume(),
    get speaking() {
      return engine.speaking;
    },
    get paused() {
      return engine.paused;
    },
    addEventListener: (type, cb) => engine.addEventListener?.(type, cb),
    removeEventListener: (type, cb) => engine.removeEventListener?.(type, cb),
  };
  return { ...speech, engine: local };
}
