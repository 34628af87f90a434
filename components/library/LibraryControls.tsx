import { useUiStrings } from '../../hooks/useUiStrings';
import type { LibraryFilter } from '../../utils/library/filter';
import { formatNumber } from '../../utils/text/format';

export interface LibraryControlsProps {
  query: string;
  onQuery: (query: string) => void;
  filter: LibraryFilter;
  onFilter: (filter: LibraryFilter) => void;
  sites: Array<{ site: string; count: number }>;
}

/** The search box and the filters (site, has highlights) over the library's list. */
export function LibraryControls({ query, onQuery, filter, onFilter, sites }: LibraryControlsProps) {
  const { t, lang } = useUiStrings();
  return (
    <div class="qari-library-controls" role="search">
      <label for="qari-library-search">{t('librarySearch')}</label>
      <input id="qari-library-search" type="search" class="qari-input" value={query} onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)} data-qari="library-search" />
      <label for="qari-library-site">{t('librarySite')}</label>
      <select id="qari-library-site" class="qari-select" value={filter.site} onChange={(e) => onFilter({ ...filter, site: (e.currentTarget as HTMLSelectElement).value })} data-qari="library-site-filter">
        <option value="">{t('libraryAllSites')}</option>
        {sites.map(({ site, count }) => (
          <option value={site}>{`${site} (${formatNumber(count, lang)})`}</option>
        ))}
      </select>
      <label class="qari-check">
        <input type="checkbox" checked={filter.hasHighlights} onChange={(e) => onFilter({ ...filter, hasHighlights: (e.currentTarget as HTMLInputElement).checked })} data-qari="library-highlights-filter" />
        {t('libraryHasHighlights')}
      </label>
    </div>
  );
}
