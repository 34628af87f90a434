import { useEffect, useRef, useState } from 'preact/hooks';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { Box } from '../../hooks/useHighlights';
import { COLORS, NOTE_MAX, type ColorId, type Highlight } from '../../utils/highlights/highlight';
import { floatingStyle } from './floating';

export interface HighlightEditorProps {
  highlight: Highlight;
  box: Box;
  /** Open on the note (a highlight just made "with a note"), else on its colour. */
  focusNote: boolean;
  onColor: (color: ColorId) => void;
  onNote: (note: string) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** One highlight's colour, note and deletion, by the highlight; Esc or Close gives the focus back to it. */
export function HighlightEditor({ highlight, box, focusNote, onColor, onNote, onDelete, onClose }: HighlightEditorProps) {
  const { t, dir } = useUiStrings();
  const [note, setNote] = useState(highlight.note);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setNote(highlight.note);
    (focusNote ? noteRef.current : firstRef.current)?.focus({ preventScroll: true });
  }, [highlight.id]);
  const id = `qari-hl-note-${highlight.id}`;
  return (
    <div
      class="qari-highlight-editor"
      role="dialog"
      aria-label={t('highlightEditor')}
      data-qari="highlight-editor"
      style={floatingStyle(box, dir, window, 190)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="qari-editor-colors" role="group" aria-label={t('highlightColor')}>
        {COLORS.map((c, i) => (
          <button type="button" ref={i === 0 ? firstRef : undefined} class="qari-button qari-swatch-button" data-color={c.id} aria-pressed={highlight.color === c.id} aria-label={t(c.label)} title={t(c.label)} onClick={() => onColor(c.id)}>
            <span aria-hidden="true">{c.symbol}</span>
          </button>
        ))}
      </div>
      <label for={id}>{t('noteLabel')}</label>
      <textarea id={id} ref={noteRef} dir="auto" rows={3} maxLength={NOTE_MAX} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} data-qari="note-input" />
      <div class="qari-editor-actions">
        <button type="button" class="qari-button" data-qari="save-note" onClick={() => (onNote(note.trim()), onClose())}>
          {t('saveNote')}
        </button>
        <button type="button" class="qari-button" data-qari="delete-highlight" onClick={onDelete}>
          {t('deleteHighlight')}
        </button>
        <button type="button" class="qari-button" onClick={onClose}>
          {t('closeEditor')}
        </button>
      </div>
    </div>
  );
}
