import { useUiStrings } from '../../hooks/useUiStrings';
import type { SaveState } from '../../hooks/useSaveArticle';
import { formatMegabytes, formatNumber } from '../../utils/text/format';

/**
 * What saving the article did, announced to screen readers: saved (and the
 * images that could not be kept), or the question asked before the library
 * grows past its limit, with "save anyway".
 */
export function SaveStatus({ state, onForce, onDismiss }: { state: SaveState; onForce: () => void; onDismiss: () => void }) {
  const { t, lang } = useUiStrings();
  let message = '';
  if (state.kind === 'saved') {
    message = state.updated ? t('savedAgain') : t('savedToLibrary');
    if (state.missed) message += ` ${t('imagesNotKept', { count: formatNumber(state.missed, lang) })}`;
  } else if (state.kind === 'limit') message = t('libraryLimitAsk', { used: formatMegabytes(state.used, lang), limit: formatMegabytes(state.limit, lang) });
  else if (state.kind === 'error') message = t('saveFailed', { message: state.message });
  return (
    <div class="qari-save-status" role="status" aria-live="polite" data-qari="save-status">
      {message && <span>{message}</span>}
      {state.kind === 'limit' && (
        <>
          <button type="button" class="qari-button" onClick={onForce} data-qari="save-anyway">
            {t('saveAnyway')}
          </button>
          <button type="button" class="qari-button" onClick={onDismiss}>
            {t('cancel')}
          </button>
        </>
      )}
    </div>
  );
}
