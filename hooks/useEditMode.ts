import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../utils/article';
import { textOf } from '../utils/dom/blocks';
import { BLOCK_ATTR } from '../utils/sites/edit-blocks';
import { siteOf } from '../utils/prefs/sites';
import { CHECK_CHARS, ruleId, type SiteRule } from '../utils/sites/rules';
import type { Translate } from '../utils/ui-strings';

/** What a view does with the user's fixes: it stores them and shows the article again with or without them. */
export interface SiteFixes {
  /** Stores `rule` and shows the article again with it applied. */
  remove(rule: SiteRule): Promise<void>;
  /** Deletes the rules with these ids and shows the article again without them. */
  undo(ids: string[]): Promise<void>;
  /** Shows the page to choose the article on it (the picker). */
  pick?: () => void;
}

export interface EditMode {
  editing: boolean;
  toggle(): void;
  leave(): void;
  /** Removes the block that has the focus (Delete). */
  removeFocused(): void;
  undo(): void;
  canUndo: boolean;
  /** Moves the focus to the next (1) or previous (-1) block. */
  step(by: 1 | -1): void;
  /** Undoes every rule that changed this article ("fixed for this site" → undo). */
  undoSite(): void;
  /** What the live region says. */
  status: string;
  /** Id of the element that tells how edit mode works (each block is described by it). */
  hintId: string;
}

const SHOWN_CHARS = 40;

/**
 * Edit mode on the rendered article: each block (`data-qari-block`) can be
 * focused, is outlined under the pointer and the focus (reader CSS), and
 * goes with a click or Delete. A removal becomes a site rule (the block's
 * selector from the Article, its text from the page's own text, before the
 * text options), kept by `fixes`; Undo takes the last one back.
 */
export function useEditMode(rootRef: RefObject<HTMLElement | null>, article: Article | null, fixes: SiteFixes | undefined, t: Translate, hintId: string): EditMode {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  // Rules added in this session, last last, each with where its block stood (Undo puts the focus back there).
  const [history, setHistory] = useState<Array<{ id: string; at: number }>>([]);
  const focusAt = useRef<number | null>(null);
  const busy = useRef(false);
  const body = () => rootRef.current?.querySelector<HTMLElement>('[data-qari="article"]') ?? null;
  const blocks = () => Array.from(body()?.querySelectorAll<HTMLElement>(`[${BLOCK_ATTR}]`) ?? []);
  const focused = () => {
    const root = rootRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    return (root?.activeElement as HTMLElement | null)?.closest<HTMLElement>(`[${BLOCK_ATTR}]`) ?? null;
  };

  const remove = async (block: HTMLElement) => {
    if (!article?.blocks || !fixes || busy.current) return;
    const index = Number(block.getAttribute(BLOCK_ATTR));
    const selector = article.blocks[index];
    if (!selector) return;
    // The check is the page's text, not the view's (hidden diacritics, other digits).
    const source = new DOMParser().parseFromString(article.content, 'text/html').querySelector(`[${BLOCK_ATTR}="${index}"]`);
    const text = textOf(source ?? block).slice(0, CHECK_CHARS);
    const rule: SiteRule = { host: siteOf(article.url), kind: 'remove', selector, text, added: Date.now() };
    busy.current = true;
    const at = blocks().indexOf(block);
    focusAt.current = at;
    try {
      await fixes.remove(rule);
      setHistory((h) => [...h, { id: ruleId(rule), at }]);
      setStatus(t('blockRemoved', { text: text.slice(0, SHOWN_CHARS) }));
    } finally {
      busy.current = false;
    }
  };
  const undo = async () => {
    const last = history[history.length - 1];
    if (!last || !fixes) return;
    focusAt.current = last.at;
    await fixes.undo([last.id]);
    setHistory((h) => h.slice(0, -1));
    setStatus(t('blockRestored'));
  };

  // Blocks become focusable while editing; after each rendering (a removal
  // shows a new article), the focus goes to the block that took the place of
  // the one removed.
  useEffect(() => {
    const el = body();
    if (!el) return;
    const all = blocks();
    if (!editing) {
      el.removeAttribute('data-editing');
      // Only the tabindex edit mode gave (0): a heading the contents list went to keeps its -1.
      for (const b of all) b.getAttribute('tabindex') === '0' && b.removeAttribute('tabindex'), b.removeAttribute('aria-describedby');
      return;
    }
    el.setAttribute('data-editing', '');
    for (const b of all) b.setAttribute('tabindex', '0'), b.setAttribute('aria-describedby', hintId);
    if (focusAt.current !== null && all.length) {
      all[Math.max(0, Math.min(focusAt.current, all.length - 1))].focus();
      focusAt.current = null;
    }
    const onClick = (e: MouseEvent) => {
      const block = (e.target as Element).closest<HTMLElement>(`[${BLOCK_ATTR}]`);
      if (!block || !el.contains(block)) return;
      // A link inside a block is part of the block here, not a way out.
      e.preventDefault();
      void remove(block);
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  });

  const start = () => {
    setEditing(true);
    setStatus(t('editStarted', { count: blocks().length }));
    focusAt.current = 0;
  };
  const leave = () => {
    setEditing(false);
    setStatus(t('editEnded'));
  };
  return {
    editing,
    toggle: () => (editing ? leave() : start()),
    leave,
    removeFocused: () => {
      const block = focused();
      if (block) void remove(block);
    },
    undo: () => void undo(),
    canUndo: history.length > 0,
    step: (by) => {
      const all = blocks();
      const at = all.indexOf(focused()!);
      all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + by))]?.focus();
    },
    undoSite: () => {
      if (!article?.siteRules?.length || !fixes) return;
      void fixes.undo(article.siteRules).then(() => setStatus(t('siteFixUndone')));
      setHistory([]);
    },
    status,
    hintId,
  };
}
