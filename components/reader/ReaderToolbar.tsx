import { useUiStrings } from '../../hooks/useUiStrings';
import { isolateForAttribute } from '../../utils/text/isolate';

/** The panel open under the toolbar, if any. */
export type Panel = 'settings' | 'share' | 'highlights' | null;

export interface ReaderToolbarProps {
  /** The article's buttons (quotes, listen, share) show only when there is an article. */
  hasArticle: boolean;
  panel: Panel;
  onPanel: (panel: Exclude<Panel, null>) => void;
  quotes: boolean;
  onQuotes: () => void;
  listening: boolean;
  onListen: () => void;
  /** The article is laid out in the direction set for its site, not its own. */
  flipped?: boolean;
  /** Flips the article's direction (and remembers it for the site); no button without it. */
  onFlip?: () => void;
  /** Edit mode on or off; undefined where the view offers none. */
  editing?: boolean;
  onEdit: () => void;
  /** Whether the article is in the library; undefined where the view cannot save. */
  saved?: boolean;
  onSave?: () => void;
  /** Highlights kept in this view; no button without a store for them. */
  highlights?: boolean;
  onOpenFullPage?: () => void;
  onClose?: () => void;
  /** What closing does, when it is not "Close reader" (the library's reader goes back to the list). */
  closeLabel?: string;
}

/** The reader's toolbar: settings, quote mode, reading aloud, direction, share, save for later, highlights, edit mode, full page, close. */
export function ReaderToolbar({ hasArticle, panel, onPanel, quotes, onQuotes, listening, onListen, flipped = false, onFlip, editing, onEdit, saved, onSave, highlights, onOpenFullPage, onClose, closeLabel }: ReaderToolbarProps) {
  const { t } = useUiStrings();
  return (
    <div class="qari-bar" role="toolbar" aria-label={t('appName')}>
      <span class="qari-brand">{t('appName')}</span>
      <button type="button" class="qari-button" aria-expanded={panel === 'settings'} aria-controls="qari-settings" onClick={() => onPanel('settings')} data-qari="settings-toggle">
        {t('settings')}
      </button>
      {hasArticle && (
        <button type="button" class="qari-button" aria-pressed={quotes} title={isolateForAttribute(t('quotesModeHint'))} onClick={onQuotes} data-qari="quotes-toggle">
          {t('quotesMode')}
        </button>
      )}
      {hasArticle && (
        <button type="button" class="qari-button" aria-expanded={listening} aria-controls="qari-narrator" title={isolateForAttribute(t('listenHint'))} onClick={onListen} data-qari="listen-toggle">
          {t('listen')}
        </button>
      )}
      {hasArticle && onFlip && (
        <button type="button" class="qari-button" aria-pressed={flipped} aria-label={t('flipDirection')} title={isolateForAttribute(t('flipHint'))} onClick={onFlip} data-qari="flip-direction">
          {/* A glyph, not a word: the popup's toolbar keeps to one line. */}
          <span aria-hidden="true">⇄</span>
        </button>
      )}
      {hasArticle && (
        <button type="button" class="qari-button" aria-expanded={panel === 'share'} aria-controls="qari-share" onClick={() => onPanel('share')} data-qari="share-toggle">
          {t('share')}
        </button>
      )}
      {hasArticle && saved !== undefined && (
        <button type="button" class="qari-button" aria-pressed={saved} title={isolateForAttribute(t('saveHint'))} onClick={onSave} data-qari="save">
          {saved ? t('savedLabel') : t('save')}
        </button>
      )}
      {hasArticle && highlights && (
        <button type="button" class="qari-button" aria-expanded={panel === 'highlights'} aria-controls="qari-highlights" title={isolateForAttribute(t('highlightsHint'))} onClick={() => onPanel('highlights')} data-qari="highlights-toggle">
          {t('highlightsMode')}
        </button>
      )}
      {hasArticle && editing !== undefined && (
        <button type="button" class="qari-button" aria-pressed={editing} title={t('editModeHint')} onClick={onEdit} data-qari="edit-toggle">
          {t('editMode')}
        </button>
      )}
      {onOpenFullPage && (
        <button type="button" class="qari-button" title={isolateForAttribute(t('openFullPageHint'))} onClick={onOpenFullPage} data-qari="open-full-page">
          {t('openFullPage')}
        </button>
      )}
      {onClose && (
        <button type="button" class="qari-button" title={closeLabel ? undefined : isolateForAttribute(t('closeHint'))} onClick={onClose} data-qari="close">
          {closeLabel ?? t('close')}
        </button>
      )}
    </div>
  );
}
