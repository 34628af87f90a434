import { useUiStrings } from '../../hooks/useUiStrings';
import type { EditMode } from '../../hooks/useEditMode';

/** The bar under the toolbar in edit mode: how it works, Undo, the picker, Done. */
export function EditBar({ edit, onPick }: { edit: EditMode; onPick?: () => void }) {
  const { t } = useUiStrings();
  return (
    <section class="qari-edit" aria-label={t('editBarLabel')} data-qari="edit-bar">
      <p id={edit.hintId} class="qari-edit-hint">
        {t('editHint')}
      </p>
      <div class="qari-edit-actions">
        <button type="button" class="qari-button" disabled={!edit.canUndo} onClick={edit.undo} data-qari="edit-undo">
          {t('editUndo')}
        </button>
        {onPick && (
          <button type="button" class="qari-button" title={t('editPickHint')} onClick={onPick} data-qari="edit-pick">
            {t('editPick')}
          </button>
        )}
        <button type="button" class="qari-button" onClick={edit.leave} data-qari="edit-done">
          {t('editDone')}
        </button>
      </div>
    </section>
  );
}

/** "Fixed for this site", with its undo: shown over an article the user's rules changed. */
export function SiteFixNotice({ onUndo }: { onUndo: () => void }) {
  const { t } = useUiStrings();
  return (
    <p class="qari-site-fixed" data-qari="site-fixed">
      <span>{t('siteFixed')}</span>{' '}
      <button type="button" class="qari-button" onClick={onUndo} data-qari="site-fixed-undo">
        {t('siteFixedUndo')}
      </button>
    </p>
  );
}
