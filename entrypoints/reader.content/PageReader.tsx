import { useEffect } from 'preact/hooks';
import { ReaderView, type ReaderState } from '../../components/ReaderView';
import { askBackground } from '../../utils/messaging';
import { usePrefs } from '../../utils/use-prefs';
import { ensureFont } from './fonts';

/** The full-page view: the shared ReaderView, wired to storage and the page's fonts. */
export function PageReader({ state, onClose }: { state: ReaderState; onClose: () => void }) {
  const { prefs, set, reset } = usePrefs();
  const font = prefs?.font;
  useEffect(() => {
    if (font) void ensureFont(font);
  }, [font]);
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
    />
  );
}
