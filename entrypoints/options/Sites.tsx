import { t } from '../../utils/browser/i18n';
import type { SiteDirections } from '../../utils/prefs/schema';
import { forgetSite } from '../../utils/prefs/sites';
import { keyOf } from '../../utils/ui-strings';

/** The sites whose articles are laid out in a direction set with the flip control, each with a way to forget it. */
export function Sites({ sites, onChange }: { sites: SiteDirections; onChange: (sites: SiteDirections) => void }) {
  const entries = Object.entries(sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="qari-sites-heading" data-qari="sites">
      <h2 id="qari-sites-heading">{t('sitesHeading')}</h2>
      {entries.length === 0 ? (
        <p>{t('sitesNone')}</p>
      ) : (
        <ul class="qari-sites">
          {entries.map(([site, dir]) => (
            <li data-site={site}>
              <bdi dir="ltr">{site}</bdi>
              <span>{t(keyOf('direction', dir))}</span>
              <button type="button" class="qari-button" aria-label={t('siteForgetLabel', { site })} onClick={() => onChange(forgetSite(sites, site))}>
                {t('siteForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
