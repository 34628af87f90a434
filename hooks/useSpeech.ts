import { useRef } from 'preact/hooks';
import { browserSpeech } from '../utils/browser/speech';
import type { Speech } from '../utils/speech/local-speech';

/** The speech synthesis a view reads aloud with, fixed for its life: `given` (a test's), else the browser's, local voices only. */
export function useSpeech(given?: Speech): Speech {
  return useRef(given ?? browserSpeech()).current;
}
