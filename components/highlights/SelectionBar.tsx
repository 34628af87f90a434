import { useUiStrings } from '../../hooks/useUiStrings';
import type { Box } from '../../hooks/useHighlights';
import { COLORS, type ColorId } from '../../utils/highlights/highlight';
import { floatingStyle } from './floating';

export interface SelectionBarProps {
  box: Box;
  onHighlight: (color: ColorId) => void;
  onNote: () => void;
}

/** Kept from taking the focus on a click: the selection it acts on stays. */
const keepSelection = (e: MouseEvent) => e.preventDefault();

/** The bar by the selected text: a button per colour, and highlight with a note. */
export function SelectionBar({ box, onHighlight, onNote }: SelectionBarProps) {
  const { t, dir } = useUiStrings();
  return (
    <div class="qari-selection-bar" role="toolbar" aria-label={t('highlightBar')} data-qari="selection-bar" style={floatingStyle(box, dir, window)}>
      {COLORS.map((c) => (
        <button type="button" class="qari-button qari-swatch-button" data-color={c.id} aria-label={t('highlightIn', { color: t(c.label) })} title={t('highlightIn', { color: t(c.label) })} onMouseDown={keepSelection} onClick={() => onHighlight(c.id)}>
          <span aria-hidden="true">{c.symbol}</span>
        </button>
      ))}
      <button type="button" class="qari-button" data-qari="add-note" onMouseDown={keepSelection} onClick={onNote}>
        <span aria-hidden="true">✎ </span>
        {t('addNote')}
      </button>
    </div>
  );
}
