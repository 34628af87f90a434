/**
 * The key an article's highlights are kept under: its address without the
 * fragment and the tracking parameters that links add (the same article
 * shared from a newsletter and from a search is one article). Written here
 * for the highlights; the library keys saved articles the same way.
 */

/** Query parameters that say where a visitor came from, never which page it is. */
const TRACKING = [/^utm_/i, /^(?:fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|ocid|cmpid)$/i];

/** `url` normalised: no fragment, no tracking parameters; `url` as it is when it is no URL. */
export function articleKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING.some((re) => re.test(name))) u.searchParams.delete(name);
  // An empty query leaves a bare "?" behind.
  if (![...u.searchParams.keys()].length) u.search = '';
  return u.href;
}
