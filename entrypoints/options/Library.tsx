import type { SetPref } from '../../components/settings/PrefControls';
import { t } from '../../utils/browser/i18n';
import { openLibraryPage } from '../../utils/browser/tabs';
import { LIBRARY_LIMIT_MB, PREF_SPECS, type Prefs } from '../../utils/prefs/schema';

/** The library's preferences (keep images, the size limit) and the way to the library page. */
export function Library({ prefs, onChange }: { prefs: Prefs; onChange: SetPref }) {
  return (
    <section aria-labelledby="qari-library-heading" data-qari="library-prefs">
      <h2 id="qari-library-heading">{t('libraryHeading')}</h2>
      <p class="qari-options-intro">{t('libraryIntro')}</p>
      <div class="qari-settings qari-checks">
        <label class="qari-check" for="qari-options-keep-images">
          <input id="qari-options-keep-images" type="checkbox" checked={prefs.keepImages} onChange={(e) => onChange('keepImages', (e.currentTarget as HTMLInputElement).checked)} data-qari="keep-images" />
          {t('keepImages')}
        </label>
        <label for="qari-options-library-limit">{t('libraryLimit')}</label>
        <input
          id="qari-options-library-limit"
          type="number"
          class="qari-select"
          min={LIBRARY_LIMIT_MB.min}
          max={LIBRARY_LIMIT_MB.max}
          step={LIBRARY_LIMIT_MB.step}
          value={prefs.libraryLimitMb}
          onChange={(e) => {
            const value = Number((e.currentTarget as HTMLInputElement).value);
            // A value out of range or between steps is refused: the stored one stays and shows again.
            if (PREF_SPECS.libraryLimitMb.valid(value)) onChange('libraryLimitMb', value);
            else (e.currentTarget as HTMLInputElement).value = String(prefs.libraryLimitMb);
          }}
          data-qari="library-limit"
        />
        <button type="button" class="qari-button" onClick={() => void openLibraryPage()} data-qari="options-open-library">
          {t('libraryOpen')}
        </button>
      </div>
    </section>
  );
}
