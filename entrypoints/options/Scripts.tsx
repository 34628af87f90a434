import { FontSelect, LeadingStepper, type SetPref } from '../../components/settings/PrefControls';
import { t } from '../../utils/browser/i18n';
import type { Prefs } from '../../utils/prefs/schema';
import { TYPOGRAPHY } from '../../utils/prefs/typography';
import { keyOf } from '../../utils/ui-strings';

/** Typography of the other right-to-left scripts: a font each, and Urdu's taller line spacing. */
export function Scripts({ prefs, onChange }: { prefs: Prefs; onChange: SetPref }) {
  return (
    <section aria-labelledby="qari-scripts-heading" data-qari="scripts">
      <h2 id="qari-scripts-heading">{t('scriptsHeading')}</h2>
      <p class="qari-options-intro">{t('scriptsIntro')}</p>
      <div class="qari-settings">
        {(['persian', 'urdu', 'hebrew'] as const).map((script) => (
          <>
            <label for={`qari-options-font-${script}`}>{t(keyOf('fontFor', script))}</label>
            <FontSelect id={`qari-options-font-${script}`} script={script} prefs={prefs} onChange={onChange} />
            {TYPOGRAPHY[script].leading !== 'lineHeight' && (
              <>
                <span class="qari-label" id={`qari-options-leading-${script}`}>
                  {t('lineHeightUrdu')}
                </span>
                <LeadingStepper labelId={`qari-options-leading-${script}`} script={script} prefs={prefs} onChange={onChange} />
              </>
            )}
          </>
        ))}
      </div>
    </section>
  );
}
