import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNarrator, type NarratorState, type SpeechEngine, type UtteranceLike } from '../../../utils/speech/narrator';
import { sentencesFrom, splitSentences, type Sentence } from '../../../utils/speech/sentences';
import type { VoiceLike } from '../../../utils/speech/voices';

const voice = (name: string, lang: string, localService = true): VoiceLike => ({ name, lang, voiceURI: `uri:${name}`, localService, default: false });
const ENGLISH = voice('David', 'en-US');
const HODA = voice('Hoda', 'ar-SA');
const SALMA = voice('Salma', 'ar-EG');
const GOOGLE = voice('Google العربية', 'ar-SA', false);

/**
 * A stand-in for window.speechSynthesis: records what it is asked, speaks
 * nothing until the test says an utterance ended. Like Chrome, cancel()
 * reports 'interrupted' for what it drops (at once, or later with `late`)
 * and leaves the engine paused if it was.
 */
class FakeEngine implements SpeechEngine {
  spoken: UtteranceLike[] = [];
  queue: UtteranceLike[] = [];
  dropped: UtteranceLike[] = [];
  calls: string[] = [];
  paused = false;
  maxQueue = 0;
  private listeners = new Set<() => void>();
  constructor(
    private list: VoiceLike[],
    private late = false,
  ) {}
  get speaking() {
    return this.queue.length > 0;
  }
  get current(): UtteranceLike | undefined {
    return this.queue[0];
  }
  getVoices() {
    return this.list;
  }
  speak(u: UtteranceLike) {
    this.calls.push('speak');
    this.spoken.push(u);
    this.queue.push(u);
    this.maxQueue = Math.max(this.maxQueue, this.queue.length);
    if (this.queue.length === 1) u.onstart?.();
  }
  cancel() {
    this.calls.push('cancel');
    const gone = this.queue;
    this.queue = [];
    this.dropped.push(...gone);
    if (!this.late) for (const u of gone) u.onerror?.({ error: 'interrupted' });
  }
  pause() {
    this.calls.push('pause');
    this.paused = true;
  }
  resume() {
    this.calls.push('resume');
    this.paused = false;
  }
  /** The utterance being spoken reaches its end. */
  finish() {
    const u = this.queue.shift();
    u?.onend?.();
    this.queue[0]?.onstart?.();
  }
  /** The installed voices change (Chrome fills them in late). */
  setVoices(list: VoiceLike[]) {
    this.list = list;
    for (const cb of this.listeners) cb();
  }
  addEventListener(_type: 'voiceschanged', cb: () => void) {
    this.listeners.add(cb);
  }
  removeEventListener(_type: 'voiceschanged', cb: () => void) {
    this.listeners.delete(cb);
  }
  get listening() {
    return this.listeners.size;
  }
}

const ARTICLE = '<p>الجملة الأولى. الجملة الثانية.</p><p>الجملة الثالثة.</p><p>الجملة الرابعة.</p>';
function articleSentences(html = ARTICLE): Sentence[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  return splitSentences(root);
}

function setup(options: { voices?: VoiceLike[]; late?: boolean; engine?: null; voiceURI?: string; rate?: number; sentences?: Sentence[] } = {}) {
  const engine = options.engine === null ? null : new FakeEngine(options.voices ?? [ENGLISH, GOOGLE, HODA, SALMA], options.late);
  const states: NarratorState[] = [];
  const shown: Array<number | null> = [];
  const sentences = options.sentences ?? articleSentences();
  const narrator = createNarrator({
    engine,
    makeUtterance: (text) => ({ text, lang: '', voice: null, rate: 1 }),
    sentences,
    lang: 'ar',
    rate: options.rate ?? 1,
    voiceURI: options.voiceURI,
    onState: (s) => states.push(s),
    onSentence: (i) => shown.push(i),
  });
  const fake = engine as FakeEngine;
  const texts = () => fake.spoken.map((u) => u.text);
  return { engine: fake, narrator, states, shown, sentences, texts };
}

describe('createNarrator', () => {
  it('reads sentence by sentence, one utterance at a time, with the chosen voice and rate', () => {
    const { engine, narrator, states, shown, texts } = setup({ rate: 1.25 });
    expect(states).toEqual(['idle']);
    narrator.play();
    expect(states).toEqual(['idle', 'playing']);
    expect(engine.current).toMatchObject({ text: 'الجملة الأولى.', voice: HODA, lang: 'ar-SA', rate: 1.25 });
    expect(engine.current?.voice).toBe(HODA); // the engine's own object
    for (let i = 0; i < 3; i++) engine.finish();
    expect(engine.queue).toHaveLength(1);
    engine.finish();
    expect(texts()).toEqual(['الجملة الأولى.', 'الجملة الثانية.', 'الجملة الثالثة.', 'الجملة الرابعة.']);
    expect(engine.spoken.every((u) => u.voice === HODA && u.rate === 1.25)).toBe(true);
    expect(engine.maxQueue).toBe(1);
    expect(shown).toEqual([0, 1, 2, 3, null]);
    expect(states).toEqual(['idle', 'playing', 'idle']);
    // Played to the end: the next play starts at the top.
    narrator.play();
    expect(engine.current?.text).toBe('الجملة الأولى.');
  });

  it('uses the remembered voice, and restarts the current sentence with a newly chosen one', () => {
    const { engine, narrator, shown } = setup({ voiceURI: 'uri:Salma' });
    narrator.play();
    expect(engine.current?.voice).toBe(SALMA);
    expect(narrator.voice()).toBe(SALMA);
    expect(narrator.voices()).toEqual([HODA, SALMA, GOOGLE]);
    engine.finish();
    narrator.setVoice('uri:Google العربية');
    expect(engine.queue).toHaveLength(1);
    expect(engine.current).toMatchObject({ text: 'الجملة الثانية.', voice: GOOGLE });
    expect(shown).toEqual([0, 1]);
    // A voice of another language is not taken even when asked for.
    narrator.setVoice('uri:David');
    expect(engine.current?.voice).toBe(HODA);
  });

  it('pauses and resumes with the engine, and toggles', () => {
    const { engine, narrator, states } = setup();
    narrator.toggle();
    expect(narrator.state()).toBe('playing');
    narrator.toggle();
    expect(engine.calls.slice(-1)).toEqual(['pause']);
    expect(narrator.state()).toBe('paused');
    narrator.toggle();
    expect(engine.calls.slice(-1)).toEqual(['resume']);
    expect(engine.spoken).toHaveLength(1); // resumed, not restarted
    narrator.pause();
    narrator.play(); // play() without a sentence goes on from the pause
    expect(engine.calls.slice(-1)).toEqual(['resume']);
    expect(engine.spoken).toHaveLength(1);
    engine.finish();
    expect(engine.current?.text).toBe('الجملة الثانية.');
    expect(states).toEqual(['idle', 'playing', 'paused', 'playing', 'paused', 'playing']);
    narrator.play(); // already playing: nothing
    expect(engine.spoken).toHaveLength(2);
  });

  it('does not go on while paused when the engine finishes the sentence anyway, and goes on at resume', () => {
    const { engine, narrator, shown } = setup();
    narrator.play();
    narrator.pause();
    engine.finish(); // an engine that cannot pause
    expect(engine.spoken).toHaveLength(1);
    expect(narrator.state()).toBe('paused');
    narrator.resume();
    expect(engine.current?.text).toBe('الجملة الثانية.');
    expect(shown).toEqual([0, 1]);
  });

  it('stops: cancels, shows no sentence, and the next play starts at the top of an unpaused engine', () => {
    const { engine, narrator, shown, states } = setup();
    narrator.play();
    engine.finish();
    narrator.pause();
    narrator.stop();
    expect(engine.calls.slice(-1)).toEqual(['cancel']);
    expect(engine.paused).toBe(true); // Chrome keeps the pause across cancel()
    expect(shown).toEqual([0, 1, null]);
    expect(states.at(-1)).toBe('idle');
    narrator.play();
    expect(engine.paused).toBe(false);
    expect(engine.calls.slice(-3)).toEqual(['cancel', 'resume', 'speak']);
    expect(engine.current?.text).toBe('الجملة الأولى.');
  });

  it('starts from any paragraph, and jumps while playing', () => {
    const { engine, narrator, sentences, shown } = setup();
    narrator.play(sentencesFrom(sentences, 1));
    expect(engine.current?.text).toBe('الجملة الثالثة.');
    narrator.play(sentencesFrom(sentences, 0));
    expect(engine.queue.map((u) => u.text)).toEqual(['الجملة الأولى.']);
    expect(narrator.state()).toBe('playing'); // the 'interrupted' of the dropped sentence is not an error
    engine.finish();
    expect(shown).toEqual([2, 0, 1]);
    narrator.play(sentencesFrom(sentences, 9)); // no such paragraph: nothing to read
    expect(narrator.state()).toBe('idle');
    expect(shown.at(-1)).toBeNull();
  });

  it('restarts the current sentence at a new rate; keeps it for later when paused or idle', () => {
    const { engine, narrator, shown } = setup();
    narrator.play();
    engine.finish();
    narrator.setRate(1.5);
    expect(engine.calls.slice(-2)).toEqual(['cancel', 'speak']);
    expect(engine.queue).toHaveLength(1);
    expect(engine.current).toMatchObject({ text: 'الجملة الثانية.', rate: 1.5 });
    expect(shown).toEqual([0, 1]);
    narrator.pause();
    narrator.setRate(2);
    expect(engine.spoken).toHaveLength(3);
    narrator.resume();
    expect(engine.current).toMatchObject({ text: 'الجملة الثانية.', rate: 2 });
    expect(engine.paused).toBe(false);
    narrator.stop();
    narrator.setRate(99);
    narrator.play();
    expect(engine.current?.rate).toBe(10);
  });

  it('waits for voices that arrive late, then reads', () => {
    const { engine, narrator, states } = setup({ voices: [] });
    expect(states).toEqual(['idle']); // unknown yet: no alarm
    narrator.play();
    expect(states).toEqual(['idle', 'no-voice']);
    expect(engine.spoken).toHaveLength(0);
    engine.setVoices([ENGLISH, SALMA]);
    expect(states).toEqual(['idle', 'no-voice', 'playing']);
    expect(engine.current).toMatchObject({ text: 'الجملة الأولى.', voice: SALMA });
  });

  it('says no-voice when the voices arrive and none is Arabic, and idle when one is installed later', () => {
    const { engine, narrator, states } = setup({ voices: [] });
    engine.setVoices([ENGLISH, voice('Dilara', 'fa-IR')]);
    expect(states).toEqual(['idle', 'no-voice']);
    engine.setVoices([ENGLISH, HODA]);
    expect(states).toEqual(['idle', 'no-voice', 'idle']);
    expect(engine.spoken).toHaveLength(0); // nobody asked to play
    narrator.play();
    expect(engine.current?.voice).toBe(HODA);
  });

  it('never reads Arabic with another language\'s voice', () => {
    const { engine, narrator, states, shown } = setup({ voices: [ENGLISH, voice('Dilara', 'fa-IR')], voiceURI: 'uri:David' });
    expect(states).toEqual(['no-voice']);
    narrator.play();
    narrator.toggle();
    narrator.play(2);
    expect(engine.spoken).toHaveLength(0);
    expect(narrator.voice()).toBeNull();
    expect(narrator.voices()).toEqual([]);
    expect(narrator.state()).toBe('no-voice');
    narrator.stop();
    expect(narrator.state()).toBe('no-voice');
    expect(shown.every((i) => i === null)).toBe(true);
  });

  it('stops with no-voice when the Arabic voice disappears mid-article', () => {
    const { engine, narrator } = setup();
    narrator.play();
    engine.setVoices([ENGLISH]);
    engine.finish();
    expect(narrator.state()).toBe('no-voice');
    expect(engine.spoken.map((u) => u.voice)).toEqual([HODA]);
    engine.setVoices([ENGLISH, SALMA]); // back: goes on where it stopped
    expect(engine.current).toMatchObject({ text: 'الجملة الثانية.', voice: SALMA });
  });

  it('reports unsupported without an engine, and does nothing', () => {
    const { narrator, states, shown } = setup({ engine: null });
    expect(states).toEqual(['unsupported']);
    narrator.play();
    narrator.toggle();
    narrator.setRate(2);
    narrator.stop();
    expect(narrator.voices()).toEqual([]);
    expect(narrator.voice()).toBeNull();
    expect(states).toEqual(['unsupported']);
    expect(shown).toEqual([]);
  });

  it('ignores events of cancelled utterances that engines fire late', () => {
    const { engine, narrator, shown } = setup({ late: true });
    narrator.play();
    const first = engine.current!;
    narrator.play(2);
    first.onend?.();
    first.onerror?.({ error: 'interrupted' });
    expect(engine.spoken.map((u) => u.text)).toEqual(['الجملة الأولى.', 'الجملة الثالثة.']);
    expect(narrator.state()).toBe('playing');
    const third = engine.current!;
    narrator.stop();
    third.onend?.();
    third.onerror?.({ error: 'canceled' });
    expect(engine.spoken).toHaveLength(2);
    expect(narrator.state()).toBe('idle');
    expect(shown).toEqual([0, 2, null]);
  });

  it('ignores word boundaries, and stops on an engine error; play() retries the failed sentence', () => {
    const { engine, narrator, states, shown } = setup();
    narrator.play(1);
    engine.current?.onboundary?.({ charIndex: 7, name: 'word' });
    expect(engine.spoken).toHaveLength(1);
    engine.current?.onerror?.({ error: 'synthesis-failed' });
    expect(states.at(-1)).toBe('idle');
    expect(shown).toEqual([1, null]);
    expect(engine.calls.slice(-1)).toEqual(['cancel']);
    narrator.play();
    expect(engine.current?.text).toBe('الجملة الثانية.');
  });

  it('goes idle at once for an article without sentences', () => {
    const { engine, narrator, states } = setup({ sentences: [] });
    narrator.play();
    expect(engine.spoken).toHaveLength(0);
    expect(states).toEqual(['idle']);
  });

  it('destroy() silences the engine, stops listening and calls back no more', () => {
    const { engine, narrator, states, shown } = setup({ late: true });
    expect(engine.listening).toBe(1);
    narrator.play();
    const u = engine.current!;
    narrator.destroy();
    expect(engine.calls.slice(-1)).toEqual(['cancel']);
    expect(engine.listening).toBe(0);
    const before = [states.length, shown.length];
    u.onend?.();
    narrator.play();
    narrator.toggle();
    engine.setVoices([HODA]);
    expect([states.length, shown.length]).toEqual(before);
    expect(engine.spoken).toHaveLength(1);
  });

  it('keeps its promises under any sequence of actions (property)', () => {
    const voiceLists = [[], [ENGLISH], [ENGLISH, HODA], [SALMA, GOOGLE], [voice('Dilara', 'fa-IR')]];
    const action = fc.oneof(
      fc.constantFrom('play', 'pause', 'resume', 'toggle', 'stop', 'finish', 'error', 'stale'),
      fc.integer({ min: -1, max: 5 }).map((k) => ({ play: k })),
      fc.double({ min: 0.5, max: 3, noNaN: true }).map((r) => ({ rate: r })),
      fc.integer({ min: 0, max: voiceLists.length - 1 }).map((v) => ({ voices: v })),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(action, { maxLength: 30 }), (late, actions) => {
        const { engine, narrator, shown } = setup({ late });
        const stale: UtteranceLike[] = [];
        for (const a of actions) {
          if (typeof a === 'object') {
            if ('play' in a) narrator.play(a.play);
            else if ('rate' in a) narrator.setRate(a.rate);
            else engine.setVoices(voiceLists[a.voices]);
          } else if (a === 'finish') engine.finish();
          else if (a === 'error') engine.current?.onerror?.({ error: 'audio-busy' });
          else if (a === 'stale') stale.pop()?.onend?.();
          else narrator[a]();
          stale.push(...engine.dropped.splice(0));
          const state = narrator.state();
          // Never another language's voice; never more than one sentence queued.
          for (const u of engine.spoken) expect(u.voice?.lang.startsWith('ar')).toBe(true);
          expect(engine.queue.length).toBeLessThanOrEqual(1);
          if (state === 'playing') {
            expect(engine.queue).toHaveLength(1);
            expect(engine.current?.text).toBe(articleSentences()[shown.at(-1)!].text);
          }
          if (state === 'idle' || state === 'no-voice') expect(engine.queue).toHaveLength(0);
          if (state === 'idle' && shown.length) expect(shown.at(-1)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});
