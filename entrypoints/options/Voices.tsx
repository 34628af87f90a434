import type { SetPref } from '../../components/settings/PrefControls';
import { Isolated } from '../../components/text/Isolated';
import { useSpeech } from '../../hooks/useSpeech';
import { useVoices } from '../../hooks/useVoices';
import { t } from '../../utils/browser/i18n';
import { keyOf } from '../../utils/ui-strings';
import type { Prefs } from '../../utils/prefs/schema';
import { languageName } from '../../utils/text/format';
import { voiceHelp, voicesFor } from '../../utils/speech/voices';

/** Languages whose voice the options page offers to choose: Arabic first, then the UI's. */
const LANGUAGES = ['ar', 'fa', 'ur', 'en'];

/** The voice remembered for each language, chosen from this system's local voices. */
export function Voices({ prefs, onChange, uiLang }: { prefs: Prefs; onChange: SetPref; uiLang: string }) {
  const speech = useSpeech();
  const voices = useVoices(speech.engine);
  const shown = LANGUAGES.filter((lang) => lang === 'ar' || voicesFor(voices, lang).length || prefs.voices[lang]);
  return (
    <section aria-labelledby="qari-voices-heading" data-qari="voices">
      <h2 id="qari-voices-heading">{t('voicesHeading')}</h2>
      {shown.map((lang) => {
        const options = voicesFor(voices, lang);
        const id = `qari-voice-${lang}`;
        if (!options.length) {
          return (
            <p>
              {t('voiceNone', { language: languageName(lang, uiLang) })} <Isolated text={t(keyOf('voiceHelp', voiceHelp(speech.platform)))} />
            </p>
          );
        }
        return (
          <p class="qari-shortcut">
            <label for={id}>{t('voiceFor', { language: languageName(lang, uiLang) })}</label>
            <select
              id={id}
              class="qari-select"
              value={prefs.voices[lang] ?? options[0].voiceURI}
              onChange={(e) => onChange('voices', { ...prefs.voices, [lang]: (e.currentTarget as HTMLSelectElement).value })}
            >
              {options.map((v) => (
                <option value={v.voiceURI}>{v.name}</option>
              ))}
            </select>
          </p>
        );
      })}
    </section>
  );
}
