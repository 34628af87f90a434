import { useUiStrings } from '../../hooks/useUiStrings';
import type { Article } from '../../utils/article';
import type { Highlight } from '../../utils/highlights/highlight';
import type { Prefs } from '../../utils/prefs/schema';
import { Isolated } from '../text/Isolated';
import type { FontData } from './share-actions';

export interface SharePanelProps {
  article: Article;
  prefs: Prefs;
  /** The reader's surface: the saved file takes its header, and the download link goes inside it. */
  view: () => HTMLElement | null;
  /** Puts text on the clipboard and says so. */
  copy: (text: string) => Promise<void>;
  /** A bundled font file as base64, for the saved file; no saving without it. */
  fontData?: FontData;
  onPrint?: () => void;
  /** What the last action did ("Copied", "Saved"), announced politely. */
  status: string;
  onStatus: (status: string) => void;
  /** The article's highlights and notes, which the Markdown and the saved file include. */
  highlights?: Highlight[];
}

// Loaded when first used: Markdown conversion and the page stylesheet are
// not needed to read, and the popup stays small.
const actions = () => import('./share-actions');

/** Take the article away: copy as text or Markdown, save one HTML file, print. */
export function SharePanel({ article, prefs, view, copy, fontData, onPrint, status, onStatus, highlights = [] }: SharePanelProps) {
  const { t, lang: uiLang } = useUiStrings();
  const copyText = () => void actions().then((m) => copy(m.asText(article, prefs, uiLang, t)));
  const copyMarkdown = () => void actions().then((m) => copy(m.asMarkdown(article, prefs, uiLang, t, view()!.ownerDocument, highlights)));
  const saveHtml = () => {
    const root = view();
    if (!fontData || !root) return;
    void actions()
      .then((m) => m.saveHtml(article, prefs, root, fontData, highlights))
      .then(() => onStatus(t('saved')));
  };
  return (
    <div class="qari-share" id="qari-share" data-qari="share">
      <button type="button" class="qari-button" onClick={copyText} data-qari="copy-text">
        {t('copyText')}
      </button>
      <button type="button" class="qari-button" onClick={copyMarkdown} data-qari="copy-markdown">
        <Isolated text={t('copyMarkdown')} />
      </button>
      <button type="button" class="qari-button" onClick={saveHtml} data-qari="save-html">
        <Isolated text={t('saveHtml')} />
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
