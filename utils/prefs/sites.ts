/**
 * The flip control's rules: which site an article belongs to, the direction
 * it is shown in, and what a flip remembers. Pure; the memory itself is the
 * SITE_DIRECTIONS item (schema.ts, bound in utils/browser/prefs.ts).
 */
import type { TextDirection } from '../article';
import { MAX_SITE_DIRECTIONS, type SiteDirections } from './schema';

/** The site of an address: its host name, lower case, without "www."; '' for anything but http(s). */
export function siteOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return '';
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The direction an article from `url` is shown in: the one set for its site, else its own. */
export function shownDirection(sites: SiteDirections, url: string, own: TextDirection): TextDirection {
  return sites[siteOf(url)] ?? own;
}

/**
 * The sites after a flip of the article from `url` (its own direction
 * `own`): the site remembers the other direction; flipping back to the
 * article's own forgets the site again. The oldest sites go past
 * MAX_SITE_DIRECTIONS.
 */
export function flipSite(sites: SiteDirections, url: string, own: TextDirection): SiteDirections {
  const site = siteOf(url);
  if (!site) return sites;
  const shown = shownDirection(sites, url, own);
  const next = forgetSite(sites, site);
  const to: TextDirection = shown === 'rtl' ? 'ltr' : 'rtl';
  if (to === own) return next;
  const kept = Object.entries(next).slice(-(MAX_SITE_DIRECTIONS - 1));
  return { ...Object.fromEntries(kept), [site]: to };
}

/** The sites without `site`. */
export function forgetSite(sites: SiteDirections, site: string): SiteDirections {
  const { [site]: _gone, ...rest } = sites;
  return rest;
}
