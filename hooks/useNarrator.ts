import { useEffect, useRef, useState } from 'preact/hooks';
import type { Speech } from '../utils/speech/local-speech';
import { createNarrator, type Narrator, type NarratorState } from '../utils/speech/narrator';
import { showSentence, startingSentence } from '../utils/speech/sentence-view';
import { splitSentences } from '../utils/speech/sentences';
import { voicesFor } from '../utils/speech/voices';

export interface NarratorOptions {
  speech: Speech;
  /** The rendered article body to read. */
  body: () => HTMLElement | null;
  lang: string;
  rate: number;
  /** The voice remembered for the article's language. */
  voiceURI?: string;
  /** Start reading at once (the bar was opened by the P key). */
  autoplay: boolean;
}

/** A narrator over the rendered body, made afresh at each play; its state, and its controls. */
export function useNarrator({ speech, body, lang, rate, voiceURI, autoplay }: NarratorOptions) {
  const [state, setState] = useState<NarratorState>('idle');
  const narrator = useRef<Narrator | null>(null);

  const make = () => {
    const root = body();
    if (!root) return null;
    const sentences = splitSentences(root);
    narrator.current?.destroy();
    narrator.current = createNarrator({
      engine: speech.engine,
      makeUtterance: speech.makeUtterance,
      sentences,
      lang,
      rate,
      voiceURI,
      onState: setState,
      onSentence: (i) => showSentence(root, i === null ? null : sentences[i]),
    });
    return { narrator: narrator.current, sentences, root };
  };

  const play = () => {
    const made = make();
    if (!made) return;
    made.narrator.play(startingSentence(made.root, made.sentences));
  };
  /** Play, pause or resume: the play button and the P key. */
  const toggle = () => {
    const current = narrator.current;
    if (current && (current.state() === 'playing' || current.state() === 'paused')) current.toggle();
    else play();
  };

  useEffect(() => {
    const engine = speech.engine;
    if (autoplay) play();
    else if (!engine) setState('unsupported');
    else if (engine.getVoices().length && !voicesFor(engine.getVoices(), lang).length) setState('no-voice');
    return () => {
      narrator.current?.destroy();
      const root = body();
      if (root) showSentence(root, null);
    };
  }, []);

  return {
    state,
    toggle,
    stop: () => narrator.current?.stop(),
    setRate: (r: number) => narrator.current?.setRate(r),
    setVoice: (uri: string) => narrator.current?.setVoice(uri),
    /** The voice reading (or about to), once a narrator exists. */
    voice: () => narrator.current?.voice(),
  };
}
