import { useUiStrings } from '../../hooks/useUiStrings';
import type { Article, NoArticleReason } from '../../utils/article';
import type { Prefs } from '../../utils/prefs/schema';
import type { SpeakerGroup } from '../../utils/quotes/view';
import type { Restriction } from '../../utils/restricted';
import { keyOf } from '../../utils/ui-strings';
import { ArticleBody } from '../article/ArticleBody';
import { ArticleHeader } from '../article/ArticleHeader';
import { Notice } from './Notice';

/** What the reader has to show. */
export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'no-article'; reason: NoArticleReason }
  | { kind: 'restricted'; restriction: Restriction }
  | { kind: 'error'; message: string };

export interface ReaderContentProps {
  state: ReaderState;
  prefs: Prefs;
  uiLang: string;
  onQuotes: (groups: SpeakerGroup[]) => void;
  quotesOnly: boolean;
  onRendered?: (body: HTMLElement) => void;
}

/** The article (header and body, in its own direction and language), or a notice saying why there is none. */
export function ReaderContent({ state, prefs, uiLang, onQuotes, quotesOnly, onRendered }: ReaderContentProps) {
  const { t } = useUiStrings();
  switch (state.kind) {
    case 'loading':
      return <Notice busy title={t('loading')} />;
    case 'no-article':
      return <Notice title={t('noArticleTitle')} detail={t(keyOf('reason', state.reason))} />;
    case 'restricted':
      return <Notice title={t('restrictedTitle')} detail={t(keyOf('restricted', state.restriction))} />;
    case 'error':
      return <Notice title={t('errorTitle')} detail={t('errorDetail', { message: state.message })} />;
    case 'article':
      return (
        <article class="qari-article" aria-label={state.article.title} dir={state.article.dir} lang={state.article.lang || undefined}>
          <ArticleHeader article={state.article} uiLang={uiLang} numerals={prefs.numerals} />
          <ArticleBody article={state.article} prefs={prefs} onQuotes={onQuotes} quotesOnly={quotesOnly} onRendered={onRendered} />
        </article>
      );
  }
}
