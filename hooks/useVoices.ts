import { useEffect, useState } from 'preact/hooks';
import type { SpeechEngine } from '../utils/speech/narrator';
import type { VoiceLike } from '../utils/speech/voices';

/** The engine's voices, read again whenever they change (Chrome lists them late). */
export function useVoices(engine: SpeechEngine | null): VoiceLike[] {
  const [, setSeen] = useState(0);
  useEffect(() => {
    const seen = () => setSeen((n) => n + 1);
    engine?.addEventListener?.('voiceschanged', seen);
    return () => engine?.removeEventListener?.('voiceschanged', seen);
  }, [engine]);
  return engine?.getVoices() ?? [];
}
