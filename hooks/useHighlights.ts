import type { RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../utils/article';
import type { HighlightStore } from '../utils/contract';
import { flatOffset } from '../utils/dom/flat-text';
import { anchorOf, lazyFold, place, type Placement } from '../utils/highlights/anchor';
import { colorOf, joinLoaded, type ColorId, type Highlight, NOTE_MAX, toWords } from '../utils/highlights/highlight';
import { highlightAt, highlightElement, markHighlights } from '../utils/highlights/marks';
import { articleKey } from '../utils/highlights/url';
import type { Translate } from '../utils/ui-strings';
import { selectedRange } from '../utils/dom/selection';

/** Where a floating bar goes: the viewport box of what it is about. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The selected text of the article, as offsets of its text (whole words), and where it is drawn. */
export interface Pending {
  start: number;
  end: number;
  box: Box;
}

export interface HighlightsState {
  highlights: Highlight[];
  /** Where each placed highlight is now, by id; those missing could not be placed. */
  placed: Map<string, Placement>;
  pending: Pending | null;
  /** The highlight whose editor is open, and whether it opened on its note. */
  editing: { id: string; box: Box; note: boolean } | null;
  error: string;
  /** For ArticleBody: called with the body after every rendering of it. */
  onRendered: (body: HTMLElement) => void;
  create: (color: ColorId, withNote: boolean) => void;
  update: (id: string, change: Partial<Pick<Highlight, 'color' | 'note'>>) => void;
  remove: (id: string) => void;
  goTo: (id: string, openEditor?: boolean) => void;
  closeEditor: () => void;
}

const boxOf = (r: DOMRect): Box => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });

/** An id nobody else has (content scripts on http pages get no `crypto.randomUUID`). */
const newId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Highlights and notes in a view: loaded from `store` for the article's key,
 * placed again on every rendering of the body (anchor.ts) and marked
 * (marks.ts); the article's selection followed for the selection bar.
 */
export function useHighlights(rootRef: RefObject<HTMLElement | null>, article: Article | null, store: HighlightStore | undefined, t: Translate, active = true): HighlightsState {
  const key = article ? articleKey(article.url) : null;
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [placed, setPlaced] = useState<Map<string, Placement>>(new Map());
  const [pending, setPending] = useState<Pending | null>(null);
  const [editing, setEditing] = useState<HighlightsState['editing']>(null);
  const [error, setError] = useState('');
  const body = useRef<HTMLElement | null>(null);
  const latest = useRef(highlights);
  latest.current = highlights;
  // Off while edit mode is on: there a click removes a block.
  const on = useRef(active);
  on.current = active;

  useEffect(() => {
    setHighlights([]);
    if (!store || !key) return;
    let live = true;
    store.list(key).then(
      // Joined, not replaced: highlights made before the store answered stay.
      (found) => live && setHighlights((made) => joinLoaded(found, made)),
      (e) => live && setError(String(e?.message ?? e)),
    );
    return () => {
      live = false;
    };
  }, [store, key]);

  /** Places every highlight in the body as it is now and marks them. */
  const apply = useCallback(
    (el: HTMLElement) => {
      // Nothing to place and nothing marked (most articles, and the 5 MB page): the body is not read.
      // The same empty map kept, not a new one: a new one would draw the view twice before its first paint.
      if (!latest.current.length && !el.querySelector('mark[data-qari-hl]')) return setPlaced((was) => (was.size ? new Map() : was));
      const text = el.textContent ?? '';
      const folded = lazyFold(text);
      const where = new Map<string, Placement>();
      for (const h of latest.current) {
        const p = place(text, h.anchor, folded);
        if (p) where.set(h.id, p);
      }
      markHighlights(
        el,
        latest.current.filter((h) => where.has(h.id)).map((h) => {
          const p = where.get(h.id)!;
          const color = t(colorOf(h.color).label);
          const quote = text.slice(p.start, p.end);
          return { id: h.id, start: p.start, end: p.end, color: h.color, hasNote: !!h.note, label: h.note ? t('highlightNoteLabel', { color, text: quote, note: h.note }) : t('highlightLabel', { color, text: quote }) };
        }),
      );
      setPlaced(where);
    },
    [t],
  );
  const onRendered = useCallback((el: HTMLElement) => {
    body.current = el;
    apply(el);
  }, [apply]);
  useLayoutEffect(() => {
    if (body.current?.isConnected) apply(body.current);
  }, [highlights, apply]);

  // The selection, followed: inside the body and not collapsed, it is pending.
  useEffect(() => {
    const root = rootRef.current;
    const doc = root?.ownerDocument;
    if (!root || !doc) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const el = body.current;
      const range = el && selectedRange(root);
      if (!el || !range || range.collapsed || !el.contains(range.startContainer) || !el.contains(range.endContainer)) return setPending(null);
      const text = el.textContent ?? '';
      const [start, end] = toWords(text, flatOffset(el, range.startContainer, range.startOffset), flatOffset(el, range.endContainer, range.endOffset));
      if (start < 0 || end <= start) return setPending(null);
      setPending({ start, end, box: boxOf(range.getBoundingClientRect()) });
    };
    const later = () => (frame ||= requestAnimationFrame(read));
    doc.addEventListener('selectionchange', later);
    root.addEventListener('scroll', later, true);
    return () => {
      doc.removeEventListener('selectionchange', later);
      root.removeEventListener('scroll', later, true);
      cancelAnimationFrame(frame);
    };
  }, []);

  const save = (h: Highlight) => store?.put(h).catch((e) => setError(t('highlightSaveFailed', { message: String(e?.message ?? e) })));

  const goTo = (id: string, openEditor = false) => {
    const mark = body.current && highlightElement(body.current, id);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    if (openEditor) setEditing({ id, box: boxOf(mark.getBoundingClientRect()), note: true });
  };

  const create = (color: ColorId, withNote: boolean) => {
    const el = body.current;
    if (!pending || !el || !key) return;
    const now = Date.now();
    const h: Highlight = { id: newId(), url: key, color, note: '', anchor: anchorOf(el.textContent ?? '', pending.start, pending.end), created: now, updated: now };
    rootRef.current && selectedRange(rootRef.current, true);
    setPending(null);
    setHighlights([...latest.current, h]);
    void save(h);
    if (withNote) setEditing({ id: h.id, box: pending.box, note: true });
  };

  const update = (id: string, change: Partial<Pick<Highlight, 'color' | 'note'>>) => {
    const next = latest.current.map((h) => (h.id === id ? { ...h, ...change, note: (change.note ?? h.note).slice(0, NOTE_MAX), updated: Date.now() } : h));
    setHighlights(next);
    const h = next.find((x) => x.id === id);
    if (h) void save(h);
  };

  const remove = (id: string) => {
    setHighlights(latest.current.filter((h) => h.id !== id));
    if (editing?.id === id) setEditing(null);
    void store?.remove(id).catch((e) => setError(String(e?.message ?? e)));
  };

  const closeEditor = () => {
    const id = editing?.id;
    setEditing(null);
    if (id && body.current) highlightElement(body.current, id)?.focus({ preventScroll: true });
  };

  // A click on a highlight (not on a link in it), or Enter on its focused mark, opens its editor.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const open = (e: Event) => {
      const target = e.composedPath()[0] as Element;
      const id = highlightAt(target);
      if (!id) {
        // A click elsewhere closes the editor (not one inside it or on the selection's bar).
        if (e.type === 'click' && !target.closest?.('[data-qari="highlight-editor"], [data-qari="selection-bar"]')) setEditing(null);
        return;
      }
      if (!on.current || target.closest?.('a') || !body.current?.contains(target)) return;
      const range = selectedRange(root);
      if (range && !range.collapsed) return;
      const mark = highlightElement(body.current, id);
      if (mark) setEditing({ id, box: boxOf(mark.getBoundingClientRect()), note: false });
    };
    const onKey = (e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && highlightAt(e.composedPath()[0] as Node) && (open(e), e.preventDefault());
    root.addEventListener('click', open);
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('click', open);
      root.removeEventListener('keydown', onKey);
    };
  }, []);

  return { highlights, placed, pending, editing, error, onRendered, create, update, remove, goTo, closeEditor };
}
