/**
 * The key an article's highlights are kept under: its address without the
 * fragment and the tracking parameters that links add (the same article
 * shared from a newsletter and from a search is one article). The library
 * keys saved articles with this same function (utils/library/record.ts).
 */

/** Query parameters that say where a visitor came from, never which page it is. */
const TRACKING = [/^utm_/i, /^(?:fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|ocid|cmpid)$/i, /^(?:at|ns)_\w+$/i];

function nameOf(part: string): string {
  const name = part.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** `url` normalised: no fragment, no tracking parameters; `url` as it is when it is no URL. */
export function articleKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  // The query taken apart by hand, each parameter as it was written: in a
  // Firefox content script, URLSearchParams' iterators are not iterable
  // (seen in Firefox 153), and rewriting the query would re-encode it.
  const kept = u.search
    .slice(1)
    .split('&')
    .filter((part) => part && !TRACKING.some((re) => re.test(nameOf(part))));
  u.search = kept.length ? `?${kept.join('&')}` : '';
  return u.href;
}
