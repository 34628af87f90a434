import { describe, expect, it } from 'vitest';
import { localSpeech } from '../../../utils/speech/local-speech';
import type { SpeechEngine } from '../../../utils/speech/narrator';

describe('localSpeech', () => {
  it('offers only the voices that run on this machine, and forwards everything else', () => {
    const calls: string[] = [];
    const engine: SpeechEngine = {
      speaking: true,
      paused: false,
      getVoices: () => [
        { name: 'Local', lang: 'ar-EG', voiceURI: 'l', localService: true, default: false },
        { name: 'Google العربية', lang: 'ar-SA', voiceURI: 'g', localService: false, default: false },
      ],
      speak: () => calls.push('speak'),
      cancel: () => calls.push('cancel'),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    };
    const local = localSpeech({ engine, makeUtterance: (text) => ({ text, lang: '', voice: null, rate: 1 }), platform: '' }).engine!;
    expect(local.getVoices().map((v) => v.voiceURI)).toEqual(['l']);
    local.speak({ text: 'x', lang: 'ar', voice: null, rate: 1 });
    local.pause();
    local.resume();
    local.cancel();
    expect(calls).toEqual(['speak', 'pause', 'resume', 'cancel']);
    expect(local.speaking).toBe(true);
  });
});
