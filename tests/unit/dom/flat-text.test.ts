import { describe, expect, it } from 'vitest';
import { localSpeech } from '../../../components/narrator/NarratorBar';
import type { SpeechEngine } from '../../../utils/speech/narrator';
import { splitSentences } from '../../../utils/speech/sentences';
import { rangeOf } from '../../../utils/dom/flat-text';

describe('rangeOf', () => {
  it('covers a sentence across inline elements, by flat-text offsets', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>قال <a href="#">الوزير</a> إن <b>الخطة جاهزة</b>. وأضاف أنها تبدأ غداً.</p>';
    const [first, second] = splitSentences(root);
    expect(rangeOf(root, first.start, first.end)?.toString()).toBe('قال الوزير إن الخطة جاهزة.');
    expect(rangeOf(root, second.start, second.end)?.toString()).toBe('وأضاف أنها تبدأ غداً.');
    expect(rangeOf(root, 500, 510)).toBeNull();
  });
});

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
