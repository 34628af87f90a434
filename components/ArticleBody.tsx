import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../utils/article';
import type { Prefs } from '../utils/prefs-schema';
import { sanitizeToFragment } from '../utils/sanitize';
import { applyTextOptions } from '../utils/transform';

export interface ArticleBodyProps {
  article: Article;
  prefs: Pick<Prefs, 'diacritics' | 'numerals' | 'loadImages'>;
  /** Called after each render of the body with its element (quote mode hooks in here). */
  onRendered?: (body: HTMLElement) => void;
}

/**
 * The article body: the sanitised HTML, with the text options applied to a
 * fresh copy on every change (so every option is reversible), in the
 * article's own direction and language.
 */
export function ArticleBody({ article, prefs, onRendered }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { diacritics, numerals, loadImages } = prefs;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fragment = sanitizeToFragment(article.content, article.url, el.ownerDocument, { images: loadImages });
    applyTextOptions(fragment, { diacritics, numerals });
    el.replaceChildren(fragment);
    onRendered?.(el);
  }, [article.content, article.url, diacritics, numerals, loadImages, onRendered]);
  return <div ref={ref} class="qari-body" data-qari="article" dir={article.dir} lang={article.lang || undefined} />;
}
