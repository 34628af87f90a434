import { useEffect, useRef, useState } from 'preact/hooks';
import { useUiStrings } from '../../hooks/useUiStrings';
import { keyOf } from '../../utils/ui-strings';
import { createNarrator, type Narrator, type NarratorState, type SpeechEngine, type UtteranceLike } from '../../utils/speech/narrator';
import { SPEECH_RATES, type Prefs } from '../../utils/prefs/schema';
import { sentencesFrom, splitSentences, type Sentence } from '../../utils/speech/sentences';
import { rangeOf } from '../../utils/dom/flat-text';
import { languageName } from '../../utils/text/format';
import { primarySubtag } from '../../utils/text/language';
import { voiceHelp, voicesFor } from '../../utils/speech/voices';
import type { SetPref } from '../settings/PrefControls';

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

const HIGHLIGHT = 'qari-speaking';

export interface NarratorBarProps {
  speech: Speech;
  /** The rendered article body to read. */
  body: () => HTMLElement | null;
  lang: string;
  prefs: Pick<Prefs, 'speechRate' | 'voices'>;
  onPrefChange: SetPref;
  uiLang: string;
  /** Called once with the function the P key should call. */
  bindToggle: (toggle: () => void) => void;
  /** Start reading as soon as the bar opens (it was opened by the P key). */
  autoplay: boolean;
}

/** Marks the sentence being read and keeps it in view; clears it with null. */
function showSentence(body: HTMLElement, sentence: Sentence | null): void {
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (!sentence) {
    highlights?.delete(HIGHLIGHT);
    return;
  }
  const range = rangeOf(body, sentence.start, sentence.end);
  if (!range) return;
  if (highlights && Highlight) highlights.set(HIGHLIGHT, new Highlight(range));
  const rect = range.getBoundingClientRect();
  const scroller = body.closest('[data-qari="scroll"]');
  const view = scroller?.getBoundingClientRect();
  if (view && (rect.top < view.top + 40 || rect.bottom > view.bottom - 40)) {
    scroller!.scrollBy({ top: rect.top - view.top - view.height / 3, behavior: 'smooth' });
  }
}

/** Offset in `root`'s flat text of a point in it (a text node and an offset), or -1. */
function flatOffset(root: Element, node: Node, offset: number): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let at = 0;
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (text === node) return at + offset;
    if (node.nodeType !== 3 && node.contains(text)) return at;
    at += text.data.length;
  }
  return -1;
}

/**
 * Where reading starts: the paragraph holding the caret or selection (a click
 * puts one there), else the first sentence in view.
 */
function startingSentence(root: HTMLElement, sentences: Sentence[]): number {
  const doc = root.getRootNode() as Document & { getSelection?(): Selection | null };
  const selection = doc.getSelection?.() ?? document.getSelection();
  const anchor = selection?.anchorNode;
  if (anchor && root.contains(anchor)) {
    const at = flatOffset(root, anchor, selection!.anchorOffset);
    const hit = sentences.findIndex((s) => s.end > at);
    if (at >= 0 && hit >= 0) return sentencesFrom(sentences, sentences[hit].block);
  }
  const top = root.closest('[data-qari="scroll"]')?.getBoundingClientRect().top ?? 0;
  const visible = sentences.findIndex((s) => (rangeOf(root, s.start, s.end)?.getBoundingClientRect().bottom ?? 0) > top + 8);
  return Math.max(0, visible);
}

/**
 * Read aloud: play, pause, stop, speed, a voice of the article's language,
 * the sentence being read highlighted and kept in view. Never an English
 * voice for Arabic: with no voice for the language, it says how to add one.
 */
export function NarratorBar({ speech, body, lang, prefs, onPrefChange, uiLang, bindToggle, autoplay }: NarratorBarProps) {
  const { t } = useUiStrings();
  const [state, setState] = useState<NarratorState>('idle');
  const [, setVoicesSeen] = useState(0);
  const narrator = useRef<Narrator | null>(null);
  const primary = primarySubtag(lang);

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
      rate: prefs.speechRate,
      voiceURI: prefs.voices[primary],
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
  const toggle = () => {
    const current = narrator.current;
    if (current && (current.state() === 'playing' || current.state() === 'paused')) current.toggle();
    else play();
  };
  bindToggle(toggle);

  useEffect(() => {
    // Voices arrive late in Chrome: show them (and clear a no-voice note) when they do.
    const engine = speech.engine;
    const seen = () => setVoicesSeen((n) => n + 1);
    engine?.addEventListener?.('voiceschanged', seen);
    if (autoplay) play();
    else if (!engine) setState('unsupported');
    else if (engine.getVoices().length && !voicesFor(engine.getVoices(), lang).length) setState('no-voice');
    return () => {
      engine?.removeEventListener?.('voiceschanged', seen);
      narrator.current?.destroy();
      const root = body();
      if (root) showSentence(root, null);
    };
  }, []);

  const voices = speech.engine ? voicesFor(speech.engine.getVoices(), lang) : [];
  const voice = narrator.current?.voice() ?? voices.find((v) => v.voiceURI === prefs.voices[primary]) ?? voices[0];
  const playing = state === 'playing';
  const language = languageName(primary, uiLang);

  return (
    <div class="qari-narrator" id="qari-narrator" data-qari="narrator" role="group" aria-label={t('listen')}>
      <button type="button" class="qari-button" onClick={toggle} aria-pressed={playing} disabled={state === 'no-voice' || state === 'unsupported'} data-qari="play">
        {playing ? t('pause') : state === 'paused' ? t('resume') : t('play')}
      </button>
      <button type="button" class="qari-button" onClick={() => narrator.current?.stop()} disabled={state !== 'playing' && state !== 'paused'} data-qari="stop">
        {t('stop')}
      </button>
      <label class="qari-check">
        {t('speed')}
        <select
          class="qari-select"
          value={String(prefs.speechRate)}
          onChange={(e) => {
            const rate = Number((e.currentTarget as HTMLSelectElement).value) as Prefs['speechRate'];
            onPrefChange('speechRate', rate);
            narrator.current?.setRate(rate);
          }}
          data-qari="speed"
        >
          {SPEECH_RATES.map((r) => (
            <option value={String(r)}>{new Intl.NumberFormat(uiLang).format(r)}×</option>
          ))}
        </select>
      </label>
      {voices.length > 0 && (
        <label class="qari-check">
          {t('voice')}
          <select
            class="qari-select"
            value={voice?.voiceURI}
            onChange={(e) => {
              const uri = (e.currentTarget as HTMLSelectElement).value;
              onPrefChange('voices', { ...prefs.voices, [primary]: uri });
              narrator.current?.setVoice(uri);
            }}
            data-qari="voice"
          >
            {voices.map((v) => (
              <option value={v.voiceURI}>{v.name}</option>
            ))}
          </select>
        </label>
      )}
      {(state === 'no-voice' || state === 'unsupported') && (
        <p class="qari-note" role="alert" data-qari="no-voice">
          {state === 'unsupported' ? t('noSpeech') : t('noVoice', { language })} {state === 'no-voice' && t(keyOf('voiceHelp', voiceHelp(speech.platform)))}
        </p>
      )}
    </div>
  );
}
