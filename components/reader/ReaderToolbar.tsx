import { useUiStrings } from '../../hooks/useUiStrings';

/** The panel open under the toolbar, if any. */
export type Panel = 'settings' | 'share' | null;

export interface ReaderToolbarProps {
  /** The article's buttons (quotes, listen, share) show only when there is an article. */
  hasArticle: boolean;
  panel: Panel;
  onPanel: (panel: Exclude<Panel, null>) => void;
  quotes: boolean;
  onQuotes: () => void;
  listening: boolean;
  onListen: () => void;
  onOpenFullPage?: () => void;
  onClose?: () => void;
}

/** The reader's toolbar: settings, quote mode, reading aloud, share, full page, close. */
export function ReaderToolbar({ hasArticle, panel, onPanel, quotes, onQuotes, listening, onListen, onOpenFullPage, onClose }: ReaderToolbarProps) {
  const { t } = useUiStrings();
  return (
    <div class="qari-bar" role="toolbar" aria-label={t('appName')}>
      <span class="qari-brand">{t('appName')}</span>
      <button type="button" class="qari-button" aria-expanded={panel === 'settings'} aria-controls="qari-settings" onClick={() => onPanel('settings')} data-qari="settings-toggle">
        {t('settings')}
      </button>
      {hasArticle && (
        <button type="button" class="qari-button" aria-pressed={quotes} title={t('quotesModeHint')} onClick={onQuotes} data-qari="quotes-toggle">
          {t('quotesMode')}
        </button>
      )}
      {hasArticle && (
        <button type="button" class="qari-button" aria-expanded={listening} aria-controls="qari-narrator" title={t('listenHint')} onClick={onListen} data-qari="listen-toggle">
          {t('listen')}
        </button>
      )}
      {hasArticle && (
        <button type="button" class="qari-button" aria-expanded={panel === 'share'} aria-controls="qari-share" onClick={() => onPanel('share')} data-qari="share-toggle">
          {t('share')}
        </button>
      )}
      {onOpenFullPage && (
        <button type="button" class="qari-button" title={t('openFullPageHint')} onClick={onOpenFullPage} data-qari="open-full-page">
          {t('openFullPage')}
        </button>
      )}
      {onClose && (
        <button type="button" class="qari-button" title={t('closeHint')} onClick={onClose} data-qari="close">
          {t('close')}
        </button>
      )}
    </div>
  );
}
