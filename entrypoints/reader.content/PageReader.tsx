import { useLayoutEffect } from 'preact/hooks';
import { ReaderView, type ReaderState } from '../../components/reader/ReaderView';
import { usePrefs } from '../../hooks/usePrefs';
import { useSiteDirections } from '../../hooks/useSiteDirections';
import { ensureFont, fontFromBackground } from '../../utils/browser/fonts';
import { highlightStore } from '../../utils/browser/highlights';
import { askBackground, libraryThroughBackground } from '../../utils/browser/messaging';
import type { Prefs, SiteDirections } from '../../utils/prefs/schema';
import { TYPOGRAPHY, scriptOf } from '../../utils/prefs/typography';
import { mark } from './marks';
import type { SiteFixes } from '../../hooks/useEditMode';

export interface PageReaderProps {
  state: ReaderState;
  initialPrefs: Prefs;
  initialSites: SiteDirections;
  onClose: () => void;
  fixes: SiteFixes;
  /** The bench's mark once this view has painted: `view-painted` when it is the first thing shown, `view-ready` when it takes over from the first screen. */
  paintMark: 'view-painted' | 'view-ready';
  /** Reader keys pressed in the first screen, for the whole view to do. */
  earlyKeys?: readonly string[];
}

/** The full-page view: the shared ReaderView, wired to storage and the page's fonts. */
export function PageReader(props: PageReaderProps) {
  const { state, onClose } = props;
  const { prefs, set, reset } = usePrefs(props.initialPrefs);
  const sites = useSiteDirections(props.initialSites);
  // The font of the article's script, with the faces its letters need (a
  // Hebrew article loads no Arabic).
  const article = state.kind === 'article' ? state.article : null;
  const font = article && prefs ? prefs[TYPOGRAPHY[scriptOf(article.lang)].font] : null;
  // A layout effect, not an effect: Preact runs effects only after the next
  // paint, and the bytes' trip from the background should start at once.
  useLayoutEffect(() => {
    if (font && article) void ensureFont(document, font, article.title + article.text).then(() => mark('fonts'));
  }, [font, article]);
  const shown = prefs !== null && state.kind !== 'loading';
  useLayoutEffect(() => {
    // Once the frame showing the article (or its message) has painted (a task
    // queued from that frame's animation callback runs after its paint; a
    // layout effect runs as the render commits, so this is the first frame
    // after it, as the bare reader marks its own): what
    // `npm run bench` times the full-page view by. The test build only: the
    // page's performance timeline is the page's to read.
    if (import.meta.env.QARI_E2E && shown) requestAnimationFrame(() => setTimeout(() => mark(props.paintMark), 0));
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
      onOpenLibrary={() => void askBackground({ type: 'open-library' })}
      library={libraryThroughBackground}
      onPrint={() => window.print()}
      fontData={fontFromBackground}
      siteDirections={sites.sites}
      onSiteDirections={sites.set}
      siteFixes={props.fixes}
      highlightStore={highlightStore}
      earlyKeys={props.earlyKeys}
    />
  );
}
