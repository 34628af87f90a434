import { useEffect } from 'preact/hooks';
import { ReaderView, type ReaderState } from '../../components/reader/ReaderView';
import { usePrefs } from '../../hooks/usePrefs';
import { useSiteDirections } from '../../hooks/useSiteDirections';
import { ensureFont, fontFromBackground } from '../../utils/browser/fonts';
import { highlightStore } from '../../utils/browser/highlights';
import { askBackground } from '../../utils/browser/messaging';
import type { Prefs, SiteDirections } from '../../utils/prefs/schema';
import { TYPOGRAPHY, scriptOf } from '../../utils/prefs/typography';
import { mark } from './marks';
import type { SiteFixes } from '../../hooks/useEditMode';

/** The full-page view: the shared ReaderView, wired to storage and the page's fonts. */
export function PageReader(props: { state: ReaderState; initialPrefs: Prefs; initialSites: SiteDirections; onClose: () => void; fixes: SiteFixes }) {
  const { state, onClose } = props;
  const { prefs, set, reset } = usePrefs(props.initialPrefs);
  const sites = useSiteDirections(props.initialSites);
  // The font of the article's script, with the faces its letters need (a
  // Hebrew article loads no Arabic).
  const article = state.kind === 'article' ? state.article : null;
  const font = article && prefs ? prefs[TYPOGRAPHY[scriptOf(article.lang)].font] : null;
  useEffect(() => {
    if (font && article) void ensureFont(document, font, article.title + article.text).then(() => mark('fonts'));
  }, [font, article]);
  const shown = prefs !== null && state.kind !== 'loading';
  useEffect(() => {
    // Once the frame showing the article (or its message) has painted (a task
    // queued from that frame's animation callback runs after its paint): what
    // `npm run bench` times the full-page view by. The test build only: the
    // page's performance timeline is the page's to read.
    if (import.meta.env.QARI_E2E && shown) requestAnimationFrame(() => setTimeout(() => mark('view-painted'), 0));
  }, [shown]);
  if (!prefs) return null;
  return (
    <ReaderView
      mode="page"
      state={state}
      prefs={prefs}
      onPrefChange={set}
      onReset={reset}
      onClose={onClose}
      onOpenOptions={() => void askBackground({ type: 'open-options' })}
      onPrint={() => window.print()}
      fontData={fontFromBackground}
      siteDirections={sites.sites}
      onSiteDirections={sites.set}
      siteFixes={props.fixes}
      highlightStore={highlightStore}
    />
  );
}
