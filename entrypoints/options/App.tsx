import { ArticleBody } from '../../components/article/ArticleBody';
import { ArticleHeader } from '../../components/article/ArticleHeader';
import { PrefControls } from '../../components/settings/PrefControls';
import { ReaderSurface } from '../../components/reader/ReaderSurface';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { keyLabels } from '../../utils/keymap';
import { DEFAULT_PREFS } from '../../utils/prefs/schema';
import { usePrefs } from '../../hooks/usePrefs';
import { useSiteDirections } from '../../hooks/useSiteDirections';
import { Isolated } from '../../components/text/Isolated';
import { PREVIEW_ARTICLE } from './preview';
import { Library } from './Library';
import { Scripts } from './Scripts';
import { Shortcut } from './Shortcut';
import { SiteRules } from './SiteRules';
import { Sites } from './Sites';
import { Voices } from './Voices';

/** The options page: every preference, a live preview, the shortcut, the sites with a set direction, reset, the fixes for sites. */
export function App() {
  const { prefs, set, reset } = usePrefs();
  const sites = useSiteDirections();
  if (!prefs) return null;
  return (
    <ReaderSurface mode="options" prefs={{ ...DEFAULT_PREFS, theme: prefs.theme }}>
      <main class="qari-options">
        <div class="qari-options-main">
          <div>
            <h1>{t('optionsTitle')}</h1>
            <p class="qari-options-intro">{t('optionsIntro')}</p>
            <section class="qari-settings" aria-label={t('readingHeading')} data-qari="settings">
              <PrefControls prefs={prefs} onChange={set} idPrefix="qari-options" />
              <div class="qari-settings-footer">
                <button type="button" class="qari-button" onClick={reset} data-qari="reset">
                  {t('reset')}
                </button>
              </div>
            </section>
            <Scripts prefs={prefs} onChange={set} />
            <Voices prefs={prefs} onChange={set} uiLang={uiLanguage()} />
            <Library prefs={prefs} onChange={set} />
            <Shortcut />
            <section aria-labelledby="qari-keys-heading">
              <h2 id="qari-keys-heading">{t('keysHeading')}</h2>
              <ul>
                {keyLabels().map((label) => (
                  <li>
                    <Isolated text={t(label)} />
                  </li>
                ))}
              </ul>
            </section>
            {sites.sites && <Sites sites={sites.sites} onChange={sites.set} />}
          </div>
          <div>
            <h2 id="qari-preview-heading">{t('preview')}</h2>
            <div class="qari-options-preview" data-qari="preview">
              <ReaderSurface mode="preview" prefs={prefs} label={t('preview')}>
                <div class="qari-scroll">
                  <article class="qari-article" dir={PREVIEW_ARTICLE.dir} lang={PREVIEW_ARTICLE.lang}>
                    <ArticleHeader article={PREVIEW_ARTICLE} uiLang={uiLanguage()} numerals={prefs.numerals} />
                    <ArticleBody article={PREVIEW_ARTICLE} prefs={prefs} />
                  </article>
                </div>
              </ReaderSurface>
            </div>
          </div>
        </div>
        <SiteRules />
      </main>
    </ReaderSurface>
  );
}
