/**
 * Where a link goes, as clean-up needs to know: another page of the same
 * site (a teaser, a tag, a breadcrumb), the page itself, a social or
 * messaging service (a share or follow button), or nowhere (a control
 * written as a link: "#", "javascript:").
 */

export type LinkTarget = 'same-site' | 'self' | 'social' | 'elsewhere' | 'nowhere';

/**
 * Hosts of social networks, messengers and news aggregators that share and
 * follow buttons point to (the host or any subdomain of it).
 */
const SOCIAL_HOSTS = [
  'facebook.com', 'fb.com', 'fb.me', 'messenger.com', 'twitter.com', 'x.com', 't.co', 'instagram.com',
  't.me', 'telegram.me', 'telegram.org', 'whatsapp.com', 'wa.me', 'linkedin.com', 'pinterest.com',
  'reddit.com', 'tumblr.com', 'vk.com', 'ok.ru', 'tiktok.com', 'snapchat.com', 'threads.net', 'bsky.app',
  'youtube.com', 'youtu.be', 'news.google.com', 'plus.google.com', 'line.me', 'viber.com', 'eitaa.com',
  'rubika.ir', 'bale.ai', 'soroush-app.ir', 'aparat.com', 'flipboard.com', 'nabd.com',
];

/** Paths of sharing endpoints on any host ("/sharer.php", "/intent/tweet", "/share?url="). */
const SHARE_PATH = /\/(?:sharer|share|intent\/tweet|send)(?:\.php)?(?:[/?]|$)/i;

function isSocialHost(host: string): boolean {
  return SOCIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The host without "www." and "m.". */
const siteOf = (host: string) => host.toLowerCase().replace(/^(?:www\d?|m|amp)\./, '');

/** Where the link `a` on the page at `pageUrl` goes. */
export function linkTarget(a: Element, pageUrl: string): LinkTarget {
  const raw = (a.getAttribute('href') ?? '').trim();
  if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) return 'nowhere';
  if (/^(?:mailto|tel|sms|whatsapp|tg|viber):/i.test(raw)) return /^mailto:/i.test(raw) && !/[?&](?:subject|body)=/i.test(raw) ? 'elsewhere' : 'social';
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(raw, page);
  } catch {
    return 'nowhere';
  }
  if (isSocialHost(siteOf(url.hostname)) || SHARE_PATH.test(url.pathname) && url.search.length > 1) return 'social';
  if (siteOf(url.hostname) !== siteOf(page.hostname)) return 'elsewhere';
  const path = (u: URL) => decodeURIComponent(u.pathname).replace(/\/+$/, '');
  return path(url) === path(page) ? 'self' : 'same-site';
}
