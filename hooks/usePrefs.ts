import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadPrefs, resetPrefs, setPref, watchPrefs } from '../utils/browser/prefs';
import type { PrefKey, Prefs } from '../utils/prefs/schema';

export interface PrefsHandle {
  /** null until the stored preferences have been read (so nothing renders in the wrong theme first). */
  prefs: Prefs | null;
  set: <K extends PrefKey>(key: K, value: Prefs[K]) => void;
  reset: () => void;
}

/**
 * The stored preferences, kept current: a change made in any view (popup,
 * full page, options) reaches every other at once through storage events.
 * `initial`, when the caller has read them already, renders without waiting.
 */
export function usePrefs(initial: Prefs | null = null): PrefsHandle {
  const [prefs, setPrefs] = useState<Prefs | null>(initial);
  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let live = true;
    // Already read by the caller (the full-page view reads them as it is
    // injected): start watching at once, no second read before first paint.
    if (initial) unwatch = watchPrefs(initial, setPrefs);
    else
      loadPrefs().then((loaded) => {
        if (!live) return;
        setPrefs(loaded);
        unwatch = watchPrefs(loaded, setPrefs);
      });
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  const set = useCallback(<K extends PrefKey>(key: K, value: Prefs[K]) => {
    setPrefs((prev) => (prev ? { ...prev, [key]: value } : prev));
    void setPref(key, value);
  }, []);
  const reset = useCallback(() => void resetPrefs(), []);
  return { prefs, set, reset };
}
