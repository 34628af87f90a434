import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../../utils/article';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { Prefs } from '../../utils/prefs/schema';
import type { SpeakerGroup } from '../../utils/quotes/view';
import { sanitizeToFragment } from '../../utils/extract/sanitize';
import { applyTextOptions } from '../../utils/text/text-options';
import type { Translate } from '../../utils/ui-strings';

export interface ArticleBodyProps {
  article: Article;
  prefs: Pick<Prefs, 'diacritics' | 'numerals' | 'loadImages' | 'quotes'>;
  /** Quote mode: called after each render with the quotations found, grouped by speaker. */
  onQuotes?: (groups: SpeakerGroup[]) => void;
  /** Show only the blocks that hold a quotation. */
  quotesOnly?: boolean;
  /** Called with the body after each rendering of it, before quote mode marks it (highlights, contents). */
  onRendered?: (body: HTMLElement) => void;
}

/** The quotation rules of every language, loaded the first time quote mode is on (not with the popup). */
const quoteMode = () => import('../../utils/quotes/show');

/** Above this many words, blocks out of view are not laid out until they scroll near (content-visibility). */
const LONG_ARTICLE_WORDS = 30_000;

/** The label a quotation's marks show on hover and focus: its speaker, or that it has none. */
export function speakerLabel(t: Translate, group: SpeakerGroup, quote: { inferred: boolean }): string {
  if (!group.speaker) return t('unknownSpeaker');
  return quote.inferred ? t('inferredSpeaker', { name: group.speaker }) : group.speaker;
}

/**
 * The article body: the sanitised HTML, with the text options applied to a
 * fresh copy on every change (so every option is reversible), in the
 * article's own direction and language; in quote mode, every quotation
 * highlighted by speaker without changing the text.
 */
export function ArticleBody({ article, prefs, onQuotes, quotesOnly = false, onRendered }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const rendered = useRef(onRendered);
  rendered.current = onRendered;
  const { t } = useUiStrings();
  const { diacritics, numerals, loadImages, quotes } = prefs;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fragment = sanitizeToFragment(article.content, article.url, el.ownerDocument, { images: loadImages });
    applyTextOptions(fragment, { diacritics, numerals });
    el.replaceChildren(fragment);
    rendered.current?.(el);
    if (!quotes) {
      onQuotes?.([]);
      return;
    }
    // Quote mode shows speech; quoted terms (a name, a title, a slogan) are left as they are.
    let current = true;
    void quoteMode().then(({ showQuotes }) => {
      // Options changed while the rules loaded: the body was rendered again, by a newer run of this effect.
      if (current) onQuotes?.(showQuotes(el, (group, quote) => speakerLabel(t, group, quote)));
    });
    return () => {
      current = false;
    };
  }, [article.content, article.url, diacritics, numerals, loadImages, quotes, onQuotes]);
  return (
    <div
      ref={ref}
      class="qari-body"
      data-qari="article"
      data-quotes={quotes ? '' : undefined}
      data-long={article.wordCount > LONG_ARTICLE_WORDS ? '' : undefined}
      data-quotes-only={quotes && quotesOnly ? '' : undefined}
      dir={article.dir}
      lang={article.lang || undefined}
    />
  );
}
