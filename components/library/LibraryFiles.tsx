import { useRef } from 'preact/hooks';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { LibraryStorage } from '../../hooks/useLibrary';
import { formatMegabytes } from '../../utils/text/format';

export interface LibraryFilesProps {
  storage: LibraryStorage | null;
  limitBytes: number;
  onExport: () => void;
  onImport: (file: File) => void;
  /** What the last export or import did, announced. */
  status: string;
}

/** The space the library takes (its own and the browser's figures), export and import. */
export function LibraryFiles({ storage, limitBytes, onExport, onImport, status }: LibraryFilesProps) {
  const { t, lang } = useUiStrings();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section class="qari-library-files" aria-label={t('libraryExport')}>
      {storage && (
        <p data-qari="library-storage">
          {t('libraryStorage', { size: formatMegabytes(storage.size, lang), limit: formatMegabytes(limitBytes, lang) })}
          {storage.browser && <> {t('libraryStorageBrowser', { usage: formatMegabytes(storage.browser.usage, lang), quota: formatMegabytes(storage.browser.quota, lang) })}</>}
        </p>
      )}
      <div class="qari-library-row">
        <button type="button" class="qari-button" onClick={onExport} data-qari="library-export">
          {t('libraryExport')}
        </button>
        <button type="button" class="qari-button" onClick={() => fileInput.current?.click()} data-qari="library-import-button">
          {t('libraryImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-qari="library-import"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <p role="status" aria-live="polite" data-qari="library-file-status">
        {status}
      </p>
    </section>
  );
}
