import { useEffect, useState } from 'preact/hooks';
import { ReaderView, type ReaderState } from '../../components/reader/ReaderView';
import { usePrefs } from '../../hooks/usePrefs';
import { useSiteDirections } from '../../hooks/useSiteDirections';
import type { ExtractResult } from '../../utils/article';
import { readFontFile } from '../../utils/browser/fonts';
import { highlightStore } from '../../utils/browser/highlights';
import { askReader, libraryThroughBackground } from '../../utils/browser/messaging';
import { addSiteRules, deleteSiteRules } from '../../utils/browser/site-rules';
import { activeTabId, openLibraryPage, openOptionsPage } from '../../utils/browser/tabs';
import type { SiteFixes } from '../../hooks/useEditMode';
import type { Reached } from '../../utils/contract';

/** The reader state for what the tab's reader answered. */
function stateOf(reached: Reached<ExtractResult>): ReaderState {
  if (!reached.ok) {
    const { error } = reached;
    return 'restricted' in error ? { kind: 'restricted', restriction: error.restricted } : { kind: 'error', message: error.error };
  }
  const result = reached.value;
  return result.ok ? { kind: 'article', article: result.article } : { kind: 'no-article', reason: result.reason };
}

/**
 * The popup: reads the article of the active tab (or of `tabId`, when the
 * popup page is opened as `popup.html?tabId=N`) and shows it.
 */
export function App({ tabId }: { tabId?: number }) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const [target, setTarget] = useState<number | undefined>(tabId);
  const { prefs, set, reset } = usePrefs();
  const sites = useSiteDirections();

  useEffect(() => {
    let live = true;
    (async () => {
      const id = tabId ?? (await activeTabId());
      if (id === undefined) return setState({ kind: 'restricted', restriction: 'browser-page' });
      setTarget(id);
      const reached = await askReader(id, { type: 'extract' });
      if (live) setState(stateOf(reached));
    })().catch((e) => live && setState({ kind: 'error', message: String(e?.message ?? e) }));
    return () => {
      live = false;
    };
  }, [tabId]);

  // Both read before the first paint: no article shown in a direction its site has not.
  if (!prefs || !sites.sites) return null;
  // The tab reads its article again with the site's rules as they now are.
  const reread = async () => {
    if (target !== undefined) setState(stateOf(await askReader(target, { type: 'extract' })));
  };
  const siteFixes: SiteFixes | undefined =
    target !== undefined
      ? {
          remove: async (rule) => {
            await addSiteRules([rule]);
            await reread();
          },
          undo: async (ids) => {
            await deleteSiteRules(ids);
            await reread();
          },
          // The page is where the article is chosen: the popup gives way to it.
          pick: async () => {
            const reached = await askReader(target, { type: 'pick' });
            // A tab that did not answer keeps the popup, saying why.
            if (reached.ok) window.close();
            else setState(stateOf(reached as Reached<never>));
          },
        }
      : undefined;
  const openFullPage =
    state.kind === 'article' && target !== undefined
      ? async () => {
          await askReader(target, { type: 'open' });
          window.close();
        }
      : undefined;
  return (
    <ReaderView
      mode="popup"
      state={state}
      prefs={prefs}
      onPrefChange={set}
      onReset={reset}
      onOpenFullPage={openFullPage}
      onOpenOptions={() => void openOptionsPage()}
      onOpenLibrary={() => void openLibraryPage().then(() => window.close())}
      library={libraryThroughBackground}
      onPrint={
        target !== undefined
          ? async () => {
              // The popup is no page to print: the tab prints its full-page view.
              await askReader(target, { type: 'print' });
              window.close();
            }
          : undefined
      }
      fontData={readFontFile}
      siteDirections={sites.sites}
      onSiteDirections={sites.set}
      siteFixes={siteFixes}
      highlightStore={highlightStore}
    />
  );
}
