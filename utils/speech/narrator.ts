/**
 * Reading an article aloud, sentence by sentence, with the browser's speech
 * synthesis. No DOM access: the engine and utterances are passed in (a
 * stand-in in tests) and the UI hears back through onState and onSentence.
 *
 * One utterance per sentence, spoken one at a time: engines cut long texts
 * and Chrome stops after about 15 s of one utterance. Every utterance carries
 * a generation number; cancelling bumps it first, so events that engines fire
 * late for a cancelled utterance (onend, onerror 'interrupted') are ignored.
 */
import type { Sentence } from './sentences';
import { pickVoice, voicesFor, type VoiceLike } from './voices';

/** The subset of window.speechSynthesis used. */
export interface SpeechEngine {
  getVoices(): VoiceLike[];
  speak(u: UtteranceLike): void; cancel(): void; pause(): void; resume(): void;
  readonly speaking: boolean; readonly paused: boolean;
  addEventListener?(type: 'voiceschanged', cb: () => void): void;
  removeEventListener?(type: 'voiceschanged', cb: () => void): void;
}

/** The subset of SpeechSynthesisUtterance used. */
export interface UtteranceLike {
  text: string; lang: string; voice: VoiceLike | null; rate: number;
  onstart?: () => void; onend?: () => void;
  onerror?: (e: { error: string }) => void;
  onboundary?: (e: { charIndex: number; name?: string }) => void;
}

/** 'no-voice': nothing installed speaks the article's language; 'unsupported': no speech synthesis at all. */
export type NarratorState = 'idle' | 'playing' | 'paused' | 'no-voice' | 'unsupported';

/** What the narrator reads, with what, and whom it tells. */
export interface NarratorOptions {
  /** null: the browser has no speech synthesis. */
  engine: SpeechEngine | null;
  /** `new SpeechSynthesisUtterance(text)` in the browser, a plain object in tests. */
  makeUtterance: (text: string) => UtteranceLike;
  sentences: Sentence[]; lang: string; rate: number; voiceURI?: string;
  onState(state: NarratorState): void;
  /** The sentence being read, null when stopped: the UI highlights it and scrolls to it. */
  onSentence(index: number | null): void;
}

/** The controls of a narrator; state() is the last state reported. */
export interface Narrator {
  play(fromSentence?: number): void; pause(): void; resume(): void; toggle(): void; stop(): void;
  setRate(rate: number): void; setVoice(voiceURI: string): void;
  voices(): VoiceLike[]; voice(): VoiceLike | null; state(): NarratorState; destroy(): void;
}

/** The range of SpeechSynthesisUtterance.rate. */
const MIN_RATE = 0.1;
const MAX_RATE = 10;
const clampRate = (rate: number) => (Number.isFinite(rate) ? Math.min(MAX_RATE, Math.max(MIN_RATE, rate)) : 1);

/**
 * A narrator over `opts.sentences`. Reports its first state at once. play()
 * goes on from a pause, or from the start after stop() or the end; play(k)
 * starts at sentence k; after an engine error play() retries the failed
 * sentence. Calls after destroy() do nothing.
 */
export function createNarrator(opts: NarratorOptions): Narrator {
  const { engine, sentences, lang } = opts;
  let rate = clampRate(opts.rate);
  let voiceURI = opts.voiceURI;
  let current: NarratorState = 'idle';
  let shown: number | null = null;
  let index = 0; // the sentence being read, or where play() goes on from
  let generation = 0;
  let utterance: UtteranceLike | null = null; // held: Chrome drops events of collected utterances
  let endedInPause = false; // the engine finished the sentence although paused
  let restartOnResume = false; // rate or voice changed during a pause
  let pending: number | null = null; // play() waiting for voices to arrive
  let destroyed = false;

  const setState = (s: NarratorState) => {
    if (s !== current) opts.onState((current = s));
  };
  const show = (i: number | null) => {
    if (i !== shown) opts.onSentence((shown = i));
  };
  const chosen = () => (engine ? pickVoice(engine.getVoices(), lang, voiceURI) : null);

  /** Silence the engine; whatever it fires for the old utterance from now on is stale. */
  const halt = () => {
    generation++;
    utterance = null;
    endedInPause = restartOnResume = false;
    engine?.cancel();
  };

  /** Back to `state`; the next play() starts at the top, or at `from`. */
  const finish = (state: NarratorState, from = 0) => {
    halt();
    index = from;
    show(null);
    setState(state);
  };

  const speakAt = (i: number) => {
    if (!engine) return;
    if (i < 0 || i >= sentences.length) return finish('idle');
    const voice = chosen();
    if (!voice) {
      halt();
      pending = i;
      show(null);
      return setState('no-voice');
    }
    const gen = ++generation;
    const u = opts.makeUtterance(sentences[i].text);
    u.lang = voice.lang || lang;
    u.voice = voice;
    u.rate = rate;
    u.onend = () => {
      if (gen !== generation) return;
      if (current === 'paused') endedInPause = true;
      else speakAt(i + 1);
    };
    // 'interrupted' and 'canceled' follow our own cancel(): stale by then. Anything else
    // ('not-allowed', 'synthesis-failed'…) stops; play() tries this sentence again.
    u.onerror = () => {
      if (gen === generation) finish('idle', i);
    };
    index = i;
    pending = null;
    utterance = u;
    show(i);
    setState('playing');
    engine.speak(u);
  };

  /** Cancel whatever is queued and speak sentence i (Chrome stays paused across cancel(): resume it). */
  const restart = (i: number) => {
    if (!engine) return;
    halt();
    if (engine.paused) engine.resume();
    speakAt(i);
  };

  /** Rate or voice changed: engines cannot change them mid-utterance, so the sentence starts again, now or at resume. */
  const changed = () => {
    if (destroyed) return;
    if (current === 'playing') restart(index);
    else if (current === 'paused') restartOnResume = true;
  };

  const onVoicesChanged = () => {
    if (destroyed) return;
    const has = chosen() !== null;
    if (current === 'no-voice' && has) {
      if (pending !== null) restart(pending);
      else setState('idle');
    } else if (current === 'idle' && !has && engine!.getVoices().length) setState('no-voice');
  };

  const api: Narrator = {
    play(from) {
      if (destroyed || !engine) return;
      if (from === undefined && current === 'paused') return api.resume();
      if (from === undefined && current === 'playing') return;
      restart(from ?? index);
    },
    pause() {
      if (destroyed || !engine || current !== 'playing') return;
      engine.pause();
      setState('paused');
    },
    resume() {
      if (destroyed || !engine || current !== 'paused') return;
      if (endedInPause) return restart(index + 1);
      if (restartOnResume || (!engine.paused && !engine.speaking)) return restart(index);
      if (engine.paused) engine.resume();
      setState('playing');
    },
    toggle() {
      if (current === 'playing') api.pause();
      else if (current === 'paused') api.resume();
      else api.play();
    },
    stop() {
      if (destroyed || !engine) return;
      pending = null;
      if (current === 'no-voice') return show(null);
      finish('idle');
    },
    setRate(r) {
      rate = clampRate(r);
      changed();
    },
    setVoice(uri) {
      voiceURI = uri;
      changed();
    },
    voices: () => (engine ? voicesFor(engine.getVoices(), lang) : []),
    voice: chosen,
    state: () => current,
    destroy() {
      if (destroyed) return;
      if (current === 'playing' || current === 'paused') halt();
      destroyed = true;
      engine?.removeEventListener?.('voiceschanged', onVoicesChanged);
    },
  };

  engine?.addEventListener?.('voiceschanged', onVoicesChanged);
  opts.onState((current = !engine ? 'unsupported' : engine.getVoices().length && !chosen() ? 'no-voice' : 'idle'));
  return api;
}
