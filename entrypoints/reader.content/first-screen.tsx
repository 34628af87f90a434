import { ReaderContent, type ReaderState } from '../../components/reader/ReaderContent';
import { ReaderSurface } from '../../components/reader/ReaderSurface';
import { ReaderToolbar } from '../../components/reader/ReaderToolbar';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { Prefs, SiteDirections } from '../../utils/prefs/schema';
import { shownDirection, siteOf } from '../../utils/prefs/sites';
import { scriptOf } from '../../utils/prefs/typography';

export interface FirstScreenProps {
  state: ReaderState;
  prefs: Prefs;
  sites: SiteDirections;
  onClose: () => void;
}

const nothing = () => {};

/**
 * The full-page view's first screen, drawn by the reader script alone
 * before the rest of the view's code is here (view-code.ts): the same
 * surface, toolbar and article as ReaderView's on opening (the direction set
 * for the site included), so nothing moves when the whole view takes over a
 * moment later. The toolbar is inert until then: a button that did nothing
 * would be worse than one that cannot be pressed yet. Quote mode's marks and
 * panel come with the whole view (their rules are in its code), the reader
 * keys too: until then overlay.tsx keeps them for it (early-keys.ts), and Esc
 * closes at once (a view that will not close at once feels stuck).
 */
export function FirstScreen({ state, prefs, sites, onClose }: FirstScreenProps) {
  const { t } = useUiStrings();
  const found = state.kind === 'article' ? state.article : null;
  const dir = found ? shownDirection(sites, found.url, found.dir) : null;
  const shown = found && dir && dir !== found.dir ? { kind: 'article' as const, article: { ...found, dir } } : state;
  return (
    <ReaderSurface mode="page" prefs={prefs} label={t('appName')} script={scriptOf(found?.lang)}>
      <div class="qari-controls" inert>
        <ReaderToolbar
          hasArticle={found !== null}
          panel={null}
          onPanel={nothing}
          quotes={prefs.quotes}
          onQuotes={nothing}
          listening={false}
          onListen={nothing}
          flipped={!!found && dir !== found.dir}
          onFlip={found && siteOf(found.url) ? nothing : undefined}
          editing={false}
          onEdit={nothing}
          // Save and Highlights as the whole view draws them before the library answers: not saved yet.
          saved={found ? false : undefined}
          onSave={nothing}
          highlights
          onClose={onClose}
        />
      </div>
      <div class="qari-scroll" tabIndex={-1} data-qari="scroll" data-qari-first="">
        <ReaderContent state={shown} prefs={{ ...prefs, quotes: false }} uiLang={useUiStrings().lang} onQuotes={nothing} quotesOnly={false} />
      </div>
    </ReaderSurface>
  );
}
