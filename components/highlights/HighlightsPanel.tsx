import { useUiStrings } from '../../hooks/useUiStrings';
import type { Placement } from '../../utils/highlights/anchor';
import { colorOf, inArticleOrder, type Highlight } from '../../utils/highlights/highlight';

export interface HighlightsPanelProps {
  highlights: Highlight[];
  placed: Map<string, Placement>;
  /** Direction and language of the article, for the highlighted text. */
  dir: 'rtl' | 'ltr';
  lang: string;
  onGo: (id: string) => void;
  onDelete: (id: string) => void;
  format: (n: number) => string;
  error: string;
}

const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Every highlight and note in article order (choosing one goes to it), then those that could not be placed. */
export function HighlightsPanel({ highlights, placed, dir, lang, onGo, onDelete, format, error }: HighlightsPanelProps) {
  const { t } = useUiStrings();
  const items = inArticleOrder(highlights.map((highlight) => ({ highlight, start: placed.get(highlight.id)?.start ?? null })));
  const shown = items.filter((i) => i.start !== null);
  const lost = items.filter((i) => i.start === null);
  const notes = highlights.filter((h) => h.note).length;
  const item = ({ highlight: h }: (typeof items)[number], canGo: boolean) => {
    const color = colorOf(h.color);
    const body = (
      <>
        <span class="qari-hl-symbol" data-color={h.color} aria-hidden="true">
          {color.symbol}
        </span>
        <span class="qari-visually-hidden">{t(color.label)}: </span>
        <span dir={dir} lang={lang}>
          {clip(h.anchor.quote.exact)}
        </span>
      </>
    );
    return (
      <li data-highlight={h.id}>
        {canGo ? (
          <button type="button" class="qari-quote-link" onClick={() => onGo(h.id)}>
            {body}
          </button>
        ) : (
          <p class="qari-hl-lost">{body}</p>
        )}
        {h.note && (
          <p class="qari-hl-note" dir="auto">
            <span aria-hidden="true">✎ </span>
            {h.note}
          </p>
        )}
        <button type="button" class="qari-button qari-copy" onClick={() => onDelete(h.id)} aria-label={`${t('deleteHighlight')}: ${clip(h.anchor.quote.exact, 40)}`}>
          {t('deleteHighlight')}
        </button>
      </li>
    );
  };
  return (
    <section class="qari-highlights" id="qari-highlights" aria-labelledby="qari-highlights-title" data-qari="highlights">
      <p id="qari-highlights-title" class="qari-panel-title">
        {highlights.length ? t('highlightsSummary', { count: format(highlights.length), notes: format(notes) }) : t('highlightsNone')}
      </p>
      {error && (
        <p class="qari-hl-error" role="alert">
          {error}
        </p>
      )}
      {shown.length > 0 && <ol class="qari-hl-list">{shown.map((i) => item(i, true))}</ol>}
      {lost.length > 0 && (
        <div data-qari="not-placed">
          <p class="qari-panel-title">{t('notPlaced')}</p>
          <p class="qari-hint">{t('notPlacedHint')}</p>
          <ul class="qari-hl-list">{lost.map((i) => item(i, false))}</ul>
        </div>
      )}
    </section>
  );
}
