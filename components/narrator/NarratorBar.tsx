import { useNarrator } from '../../hooks/useNarrator';
import { useUiStrings } from '../../hooks/useUiStrings';
import { useVoices } from '../../hooks/useVoices';
import type { Prefs } from '../../utils/prefs/schema';
import type { Speech } from '../../utils/speech/local-speech';
import { voiceHelp, voicesFor } from '../../utils/speech/voices';
import { Isolated } from '../text/Isolated';
import { languageName } from '../../utils/text/format';
import { primarySubtag } from '../../utils/text/language';
import { keyOf } from '../../utils/ui-strings';
import type { SetPref } from '../settings/PrefControls';
import { SpeechRateSelect } from '../settings/SpeechRateSelect';

export interface NarratorBarProps {
  speech: Speech;
  /** The rendered article body to read. */
  body: () => HTMLElement | null;
  lang: string;
  prefs: Pick<Prefs, 'speechRate' | 'voices'>;
  onPrefChange: SetPref;
  uiLang: string;
  /** Called with the function the P key should call. */
  bindToggle: (toggle: () => void) => void;
  /** Start reading as soon as the bar opens (it was opened by the P key). */
  autoplay: boolean;
}

/**
 * Read aloud: play, pause, stop, speed, a voice of the article's language,
 * the sentence being read highlighted and kept in view. Never an English
 * voice for Arabic: with no voice for the language, it says how to add one.
 */
export function NarratorBar({ speech, body, lang, prefs, onPrefChange, uiLang, bindToggle, autoplay }: NarratorBarProps) {
  const { t } = useUiStrings();
  const primary = primarySubtag(lang);
  // Voices arrive late in Chrome: show them (and clear a no-voice note) when they do.
  const voices = voicesFor(useVoices(speech.engine), lang);
  const narrator = useNarrator({ speech, body, lang, rate: prefs.speechRate, voiceURI: prefs.voices[primary], autoplay });
  bindToggle(narrator.toggle);

  const { state } = narrator;
  const voice = narrator.voice() ?? voices.find((v) => v.voiceURI === prefs.voices[primary]) ?? voices[0];
  const playing = state === 'playing';

  return (
    <div class="qari-narrator" id="qari-narrator" data-qari="narrator" role="group" aria-label={t('listen')}>
      <button type="button" class="qari-button" onClick={narrator.toggle} aria-pressed={playing} disabled={state === 'no-voice' || state === 'unsupported'} data-qari="play">
        {playing ? t('pause') : state === 'paused' ? t('resume') : t('play')}
      </button>
      <button type="button" class="qari-button" onClick={narrator.stop} disabled={state !== 'playing' && state !== 'paused'} data-qari="stop">
        {t('stop')}
      </button>
      <label class="qari-check">
        {t('speed')}
        <SpeechRateSelect
          value={prefs.speechRate}
          onPick={(rate) => {
            onPrefChange('speechRate', rate);
            narrator.setRate(rate);
          }}
          uiLang={uiLang}
          name="speed"
        />
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
              narrator.setVoice(uri);
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
          {state === 'unsupported' ? t('noSpeech') : t('noVoice', { language: languageName(primary, uiLang) })}{' '}
          {state === 'no-voice' && <Isolated text={t(keyOf('voiceHelp', voiceHelp(speech.platform)))} />}
        </p>
      )}
    </div>
  );
}
