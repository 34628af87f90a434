import { useEffect } from 'preact/hooks';
import { ReaderView, type ReaderState } from '../../components/reader/ReaderView';
import { usePrefs } from '../../hooks/usePrefs';
import { ensureFont, fontFromBackground } from '../../utils/browser/fonts';
import { askBackground } from '../../utils/browser/messaging';
import type { Prefs } from '../../utils/prefs/schema';

/** The full-page view: the shared ReaderView, wired to storage and the page's fonts. */
export function PageReader({ state, initialPrefs, onClose }: { state: ReaderState; initialPrefs: Prefs; onClose: () => void }) {
  const { prefs, set, reset } = usePrefs(initialPrefs);
  const font = prefs?.font;
  useEffect(() => {
    if (font) void ensureFont(document, font);
  }, [font]);
  const shown = prefs !== null && state.kind !== 'loading';
  useEffect(() => {
    // Once the frame showing the article (or its message) has painted (a task
    // queued from that frame's animation callback runs after its paint): what
    // `npm run bench` times the full-page view by. The test build only: the
    // page's performance timeline is the page's to read.
    if (import.meta.env.QARI_E2E && shown) requestAnimationFrame(() => setTimeout(() => performance.mark('qari:view-painted'), 0));
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
    />
  );
}
