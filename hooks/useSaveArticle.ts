import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../utils/article';
import type { LibraryLink, LibraryStatus, SaveReply } from '../utils/contract';
import { sanitizeToFragment } from '../utils/extract/sanitize';
import { embedImages, readerOf } from '../utils/library/images';
import type { SavedQuote } from '../utils/library/record';

/** What the view says about saving: nothing yet, busy, done, or asking before the library grows past its limit. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; updated: boolean; missed: number }
  | { kind: 'limit'; used: number; limit: number }
  | { kind: 'error'; message: string };

/** The quotations of the article as quote mode finds them; the rules load only now, as in quote mode. */
async function quotesOf(article: Article, doc: Document): Promise<SavedQuote[]> {
  const { findQuotes } = await import('../utils/quotes/quotes');
  const root = doc.createElement('div');
  root.append(sanitizeToFragment(article.content, article.url, doc));
  return findQuotes(root).map(({ text, kind, speaker, role, inferred }) => ({ text, kind, speaker, role, inferred }));
}

/**
 * Saving the article of a view into the library ("Save", or S): the
 * sanitised HTML as shown, its quotations, and, with "keep images", the
 * pixels of the images the view has loaded (those the browser lets it read:
 * utils/library/images.ts). `saved` is true once it is in the library,
 * also when it was saved before the view opened; `status` is what the
 * library said when the view opened (with the position to resume at).
 */
export function useSaveArticle(rootRef: RefObject<HTMLElement | null>, article: Article | null, link: LibraryLink | undefined, keepImages: boolean) {
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    setSaved(false);
    setStatus(null);
    setState({ kind: 'idle' });
    if (!article || !link) return;
    let live = true;
    void link.status(article.url).then(
      (s) => {
        if (!live) return;
        setSaved(s.saved);
        setStatus(s);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // By address, not by object: a flipped article is a new object on every render.
  }, [article?.url, link]);

  const save = async (force = false) => {
    const root = rootRef.current;
    if (!article || !link?.save || !root) return;
    setState({ kind: 'busy' });
    const doc = root.ownerDocument;
    const images = keepImages ? embedImages(article.content, doc, readerOf(root.querySelectorAll<HTMLImageElement>('[data-qari="article"] img'))) : null;
    const copy = images ? { ...article, content: images.html } : article;
    let reply: SaveReply;
    try {
      const quotes = await quotesOf(article, doc);
      reply = await link.save({ article: copy, quotes, images: images ? { kept: images.kept, missed: images.missed } : { kept: 0, missed: 0 }, force });
    } catch (e) {
      reply = { ok: false, error: String((e as Error)?.message ?? e) };
    }
    if (reply.ok) {
      setSaved(true);
      setState({ kind: 'saved', updated: reply.updated, missed: images?.missed ?? 0 });
    } else if ('limit' in reply) setState({ kind: 'limit', ...reply.limit });
    else setState({ kind: 'error', message: reply.error });
  };

  return { canSave: !!article && !!link?.save, saved, status, state, save, dismiss: () => setState({ kind: 'idle' }) };
}
