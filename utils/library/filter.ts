/** The library's filters, as data: by site, by "has highlights", and the list of sites to choose from. */
import { siteLabel, type LibraryEntry } from './record';

export interface LibraryFilter {
  /** A site's label (siteLabel), or '' for every site. */
  site: string;
  /** Only articles with at least one highlight. */
  hasHighlights: boolean;
}

export const NO_FILTER: LibraryFilter = { site: '', hasHighlights: false };

/** The entries the filter lets through, in the order given. */
export function filterEntries<T extends Pick<LibraryEntry, 'siteName' | 'url' | 'highlightCount'>>(entries: readonly T[], filter: LibraryFilter): T[] {
  return entries.filter((e) => (!filter.site || siteLabel(e) === filter.site) && (!filter.hasHighlights || e.highlightCount > 0));
}

/** Every site in the library, each once, with how many articles it has, in alphabetical order of the UI language. */
export function sitesOf(entries: readonly Pick<LibraryEntry, 'siteName' | 'url'>[], lang: string): Array<{ site: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const site = siteLabel(e);
    if (site) counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  const collator = new Intl.Collator(lang);
  return [...counts].map(([site, count]) => ({ site, count })).sort((a, b) => collator.compare(a.site, b.site));
}
