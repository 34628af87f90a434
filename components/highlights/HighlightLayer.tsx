import type { HighlightsState } from '../../hooks/useHighlights';
import { COLORS } from '../../utils/highlights/highlight';
import { HighlightEditor } from './HighlightEditor';
import { SelectionBar } from './SelectionBar';

/** What floats over the article: the open highlight's editor, else the bar by the selected text. */
export function HighlightLayer({ hl }: { hl: HighlightsState }) {
  const open = hl.editing && hl.highlights.find((h) => h.id === hl.editing!.id);
  if (open && hl.editing)
    return (
      <HighlightEditor
        highlight={open}
        box={hl.editing.box}
        focusNote={hl.editing.note}
        onColor={(color) => hl.update(open.id, { color })}
        onNote={(note) => hl.update(open.id, { note })}
        onDelete={() => hl.remove(open.id)}
        onClose={hl.closeEditor}
      />
    );
  if (hl.pending) return <SelectionBar box={hl.pending.box} onHighlight={(color) => hl.create(color, false)} onNote={() => hl.create(COLORS[0].id, true)} />;
  return null;
}
