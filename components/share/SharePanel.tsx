import { useUiStrings } from '../../hooks/useUiStrings';

export interface SharePanelProps {
  onCopyText: () => void;
  onCopyMarkdown: () => void;
  onSaveHtml: () => void;
  onPrint?: () => void;
  /** What the last action did ("Copied", "Saved"), announced politely. */
  status: string;
}

/** Take the article away: copy as text or Markdown, save one HTML file, print. */
export function SharePanel({ onCopyText, onCopyMarkdown, onSaveHtml, onPrint, status }: SharePanelProps) {
  const { t } = useUiStrings();
  return (
    <div class="qari-share" id="qari-share" data-qari="share">
      <button type="button" class="qari-button" onClick={onCopyText} data-qari="copy-text">
        {t('copyText')}
      </button>
      <button type="button" class="qari-button" onClick={onCopyMarkdown} data-qari="copy-markdown">
        {t('copyMarkdown')}
      </button>
      <button type="button" class="qari-button" onClick={onSaveHtml} data-qari="save-html">
        {t('saveHtml')}
      </button>
      {onPrint && (
        <button type="button" class="qari-button" onClick={onPrint} data-qari="print">
          {t('print')}
        </button>
      )}
      <span role="status" class="qari-status">
        {status}
      </span>
    </div>
  );
}
