import { useMemo, useRef, useState } from 'preact/hooks';
import { LibraryControls } from '../../components/library/LibraryControls';
import { LibraryFiles } from '../../components/library/LibraryFiles';
import { LibraryItem } from '../../components/library/LibraryItem';
import { ReaderSurface } from '../../components/reader/ReaderSurface';
import { useLibrary, type ImportOutcome } from '../../hooks/useLibrary';
import { usePrefs } from '../../hooks/usePrefs';
import { useSiteDirections } from '../../hooks/useSiteDirections';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { filterEntries, NO_FILTER, sitesOf, type LibraryFilter } from '../../utils/library/filter';
import { search } from '../../utils/library/search';
import { DEFAULT_PREFS } from '../../utils/prefs/schema';
import { formatMegabytes, formatNumber } from '../../utils/text/format';
import { LibraryReader } from './LibraryReader';
import { importMessage } from './messages';

const MB = 1024 * 1024;

/** The library page: saved articles newest first, search, filters, delete with undo, read marks, export and import; each opens in the reader. */
export function App() {
  const { prefs, set, reset } = usePrefs();
  const sites = useSiteDirections();
  const library = useLibrary();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [open, setOpen] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ title: string; undo: () => Promise<void> } | null>(null);
  const [fileStatus, setFileStatus] = useState('');
  const lastOpened = useRef<string | null>(null);
  const lang = uiLanguage();
  const entries = library.entries ?? [];
  const shown = useMemo(() => {
    const kept = filterEntries(entries, filter);
    return query.trim() ? search(query, kept).map((r) => r.item) : kept;
  }, [entries, filter, query]);
  const siteList = useMemo(() => sitesOf(entries, lang), [entries, lang]);
  if (!prefs) return null;
  const limitBytes = prefs.libraryLimitMb * MB;

  const close = () => {
    setOpen(null);
    void library.reload().then(() => {
      // The focus goes back to the title that opened the article.
      const id = lastOpened.current;
      const item = id === null ? undefined : [...document.querySelectorAll<HTMLElement>('[data-qari="library-item"]')].find((el) => el.dataset.id === id);
      item?.querySelector<HTMLElement>('[data-qari="library-open"]')?.focus();
    });
  };
  const remove = async (id: string) => {
    const title = entries.find((e) => e.id === id)?.title ?? '';
    setDeleted({ title, undo: await library.remove(id) });
  };
  const exportFile = async () => {
    const url = URL.createObjectURL(new Blob([await library.exportText()], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'qari-library.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const importFile = async (file: File) => {
    let outcome: ImportOutcome;
    try {
      outcome = await library.importText(await file.text(), limitBytes, (used) =>
        window.confirm(t('libraryImportAsk', { used: formatMegabytes(used, lang), limit: formatMegabytes(limitBytes, lang) })),
      );
    } catch (e) {
      outcome = { ok: false, error: String((e as Error)?.message ?? e) };
    }
    setFileStatus(importMessage(outcome, lang));
  };

  return (
    <ReaderSurface mode="options" prefs={{ ...DEFAULT_PREFS, theme: prefs.theme }}>
      <main class="qari-library" hidden={open !== null} data-qari="library">
        <h1>{t('libraryTitle')}</h1>
        <p class="qari-options-intro">{t('libraryIntro')}</p>
        <LibraryControls query={query} onQuery={setQuery} filter={filter} onFilter={setFilter} sites={siteList} />
        <p class="qari-library-count" role="status" aria-live="polite" data-qari="library-count">
          {library.entries && (entries.length === 0 ? t('libraryEmpty') : shown.length === 0 ? t('libraryNoResults') : t('libraryCount', { shown: formatNumber(shown.length, lang), count: formatNumber(entries.length, lang) }))}
        </p>
        {deleted && (
          <p class="qari-library-deleted" data-qari="library-deleted">
            <span>{t('libraryDeleted', { title: deleted.title })}</span>{' '}
            <button
              type="button"
              class="qari-button"
              onClick={() => {
                void deleted.undo();
                setDeleted(null);
              }}
              data-qari="library-undo"
            >
              {t('libraryUndo')}
            </button>
          </p>
        )}
        <ul class="qari-library-list" data-qari="library-list">
          {shown.map((entry) => (
            <LibraryItem
              key={entry.id}
              entry={entry}
              query={query.trim()}
              onOpen={(id) => {
                lastOpened.current = id;
                setOpen(id);
              }}
              onRead={(id, read) => void library.setRead(id, read)}
              onDelete={(id) => void remove(id)}
            />
          ))}
        </ul>
        <LibraryFiles storage={library.storage} limitBytes={limitBytes} onExport={() => void exportFile()} onImport={(f) => void importFile(f)} status={fileStatus} />
      </main>
      {open !== null && <LibraryReader id={open} prefs={prefs} onPrefChange={set} onReset={reset} onClose={close} sites={sites.sites} onSites={sites.set} />}
    </ReaderSurface>
  );
}
