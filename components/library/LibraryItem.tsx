import { useUiStrings } from '../../hooks/useUiStrings';
import { progressPercent, siteLabel, type LibraryEntry } from '../../utils/library/record';
import { markMatches, snippet } from '../../utils/library/search';
import { formatDate, formatNumber, formatReadingTime } from '../../utils/text/format';
import { Marked } from './Marked';

export interface LibraryItemProps {
  entry: LibraryEntry;
  /** The search, when there is one: its matches are marked in the title and a snippet of the text. */
  query: string;
  onOpen: (id: string) => void;
  onRead: (id: string, read: boolean) => void;
  onDelete: (id: string) => void;
}

/** One saved article in the list: its title (which opens it), site, date saved, reading time, progress, read mark and actions. */
export function LibraryItem({ entry, query, onOpen, onRead, onDelete }: LibraryItemProps) {
  const { t, lang } = useUiStrings();
  const percent = progressPercent(entry.position);
  const saved = new Date(entry.savedAt).toISOString();
  return (
    <li class="qari-library-item" data-qari="library-item" data-read={entry.read ? '' : undefined} data-id={entry.id}>
      <h2 class="qari-library-title" dir={entry.dir} lang={entry.lang || undefined}>
        <button type="button" class="qari-link" onClick={() => onOpen(entry.id)} data-qari="library-open">
          <Marked segments={query ? markMatches(entry.title, query) : [{ text: entry.title, match: false }]} />
        </button>
      </h2>
      <p class="qari-library-meta">
        <span data-qari="library-site">{siteLabel(entry)}</span>
        <span>{t('librarySavedOn', { date: formatDate(saved, lang) })}</span>
        <span>{formatReadingTime(entry.readingMinutes, lang, t)}</span>
        {entry.read ? <span class="qari-library-badge">{t('libraryRead')}</span> : null}
      </p>
      {query && (
        <p class="qari-library-snippet" dir={entry.dir} lang={entry.lang || undefined} data-qari="library-snippet">
          <Marked segments={snippet(entry.text, query)} />
        </p>
      )}
      <div class="qari-library-row">
        <progress max={100} value={percent} aria-label={t('libraryProgress', { percent: formatNumber(percent, lang) })} data-qari="library-progress" />
        <span aria-hidden="true">{t('libraryProgress', { percent: formatNumber(percent, lang) })}</span>
        <button type="button" class="qari-button" onClick={() => onRead(entry.id, !entry.read)} data-qari="library-read">
          {entry.read ? t('libraryMarkUnread') : t('libraryMarkRead')}
        </button>
        <button type="button" class="qari-button" onClick={() => onDelete(entry.id)} data-qari="library-delete">
          {t('libraryDelete')}
        </button>
      </div>
    </li>
  );
}
