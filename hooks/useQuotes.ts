import type { RefObject } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { Article } from '../utils/article';
import { formatDate } from '../utils/text/format';
import type { Prefs } from '../utils/prefs/schema';
import { useUiStrings } from './useUiStrings';
import { citation, quoteElement, quoteOfSelection, type SpeakerGroup } from '../utils/quotes/view';

/** Quote mode's state in a view: the quotations found, navigation, citations. */
export function useQuotes(rootRef: RefObject<HTMLElement | null>, article: Article | null, prefs: Prefs, uiLang: string) {
  const { t } = useUiStrings();
  const [groups, setGroups] = useState<SpeakerGroup[]>([]);
  const [quotesOnly, setQuotesOnly] = useState(false);
  const quotes = groups.flatMap((g) => g.quotes).sort((a, b) => a.id - b.id);
  // None found again keeps the same empty list (quote mode off calls this on every rendering of the body).
  const onQuotes = useCallback((found: SpeakerGroup[]) => setGroups((was) => (found.length || was.length ? found : was)), []);

  /** Scrolls to quotation `id` and puts the focus on it (J, K, the quotes panel). */
  const goTo = (id: number) => {
    const mark = rootRef.current && quoteElement(rootRef.current, id);
    if (!mark) return;
    if (quotesOnly && !mark.closest('[data-has-quote]')) setQuotesOnly(false);
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  };

  /** The quotation after (or before) the one that has the focus, or the first/last. */
  const step = (delta: 1 | -1) => {
    if (!quotes.length || !rootRef.current) return;
    const active = (rootRef.current.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
    const current = active?.dataset?.qariQuote !== undefined ? Number(active.dataset.qariQuote) : delta > 0 ? -1 : quotes.length;
    goTo(quotes[Math.min(quotes.length - 1, Math.max(0, current + delta))].id);
  };

  /** «quote» — speaker، site، date، link for quotation `id`. */
  const citationOf = (id: number) => {
    const quote = quotes.find((q) => q.id === id);
    if (!quote || !article) return '';
    return citation(quote, article, formatDate(article.publishedTime, article.lang || uiLang, prefs.numerals), t('unknownSpeaker'));
  };

  /** The citation for a selection lying inside one quotation, '' otherwise. */
  const citationOfSelection = () => {
    const root = rootRef.current?.getRootNode() as (Document & { getSelection(): Selection | null }) | undefined;
    const quote = quoteOfSelection(root?.getSelection?.() ?? document.getSelection(), quotes);
    return quote ? citationOf(quote.id) : '';
  };

  return { groups, quotes, quotesOnly, setQuotesOnly, onQuotes, goTo, step, citationOf, citationOfSelection };
}
