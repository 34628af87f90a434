import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSiteDirections, saveSiteDirections, watchSiteDirections } from '../utils/browser/prefs';
import type { SiteDirections } from '../utils/prefs/schema';

export interface SiteDirectionsHandle {
  /** null until read from storage. */
  sites: SiteDirections | null;
  set: (sites: SiteDirections) => void;
}

/**
 * The sites with a direction set by the flip control, kept current across
 * views (popup, full page, options). `initial`, when the caller has read
 * them already, renders without waiting.
 */
export function useSiteDirections(initial: SiteDirections | null = null): SiteDirectionsHandle {
  const [sites, setSites] = useState<SiteDirections | null>(initial);
  useEffect(() => {
    let live = true;
    const unwatch = watchSiteDirections((next) => live && setSites(next));
    if (!initial) void loadSiteDirections().then((loaded) => live && setSites(loaded));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const set = useCallback((next: SiteDirections) => {
    setSites(next);
    void saveSiteDirections(next);
  }, []);
  return { sites, set };
}
