import { useEffect, useState } from 'preact/hooks';
import { ReaderView, type ReaderState } from '../../components/reader/ReaderView';
import { readFontFile } from '../../utils/browser/fonts';
import { highlightStore } from '../../utils/browser/highlights';
import { t } from '../../utils/browser/i18n';
import { getSaved } from '../../utils/browser/library';
import { keepPosition, libraryStatus } from '../../utils/browser/library-save';
import { openOptionsPage } from '../../utils/browser/tabs';
import type { LibraryLink } from '../../utils/contract';
import type { Prefs } from '../../utils/prefs/schema';
import type { SetPref } from '../../components/settings/PrefControls';
import type { SiteDirections } from '../../utils/prefs/schema';

/** The library page reaches its database itself (same origin as the background); the saved copy needs no saving. */
const direct: LibraryLink = { status: libraryStatus, position: (url, position) => void keepPosition(url, position) };

/**
 * A saved article in the same ReaderView as the popup and the full page,
 * from the database alone (no network: with "Load images" on, only the
 * images kept as data show offline). ReaderView sanitises its HTML again
 * before showing it, as it does a live page's.
 */
export function LibraryReader(props: { id: string; prefs: Prefs; onPrefChange: SetPref; onReset: () => void; onClose: () => void; sites: SiteDirections | null; onSites: (s: SiteDirections) => void }) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  useEffect(() => {
    void getSaved(props.id).then(
      (saved) => setState(saved ? { kind: 'article', article: saved.article } : { kind: 'no-article', reason: 'no-article' }),
      (e) => setState({ kind: 'error', message: String(e?.message ?? e) }),
    );
  }, [props.id]);
  return (
    <div
      class="qari-library-reader"
      data-qari="library-reader"
      // An image kept only as a link does not load offline: it goes, rather than leave an empty frame in the text.
      onErrorCapture={(e) => {
        if ((e.target as Element).tagName === 'IMG') (e.target as Element).setAttribute('data-qari-missing', '');
      }}
    >
      <ReaderView
        mode="page"
        state={state}
        prefs={props.prefs}
        onPrefChange={props.onPrefChange}
        onReset={props.onReset}
        onClose={props.onClose}
        closeLabel={t('libraryBack')}
        onOpenOptions={() => void openOptionsPage()}
        onPrint={() => window.print()}
        fontData={readFontFile}
        siteDirections={props.sites}
        onSiteDirections={props.onSites}
        library={direct}
        highlightStore={highlightStore}
      />
    </div>
  );
}
