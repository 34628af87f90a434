import type { NumeralStyle } from '../../utils/text/numerals';
import type { Article } from '../../utils/article';
import { textDirection } from '../../utils/text/direction';
import { formatDate, formatReadingTime } from '../../utils/text/format';
import { useUiStrings } from '../../hooks/useUiStrings';

export interface ArticleHeaderProps {
  article: Article;
  /** Language of the UI: dates and reading time are written in it. */
  uiLang: string;
  /** The reader's numeral choice, which the header's numbers follow too. */
  numerals?: NumeralStyle;
}

/**
 * Title, byline, site, source, date, reading time and a link to the original.
 * The header is laid out in the article's direction (it belongs to the
 * article, as in Firefox's reader); each label is isolated in the UI's
 * language and direction, each value from the page in the direction of
 * most of its letters (never the first letter's: "BBC عربي" is Arabic).
 */
export function ArticleHeader({ article, uiLang, numerals = 'page' }: ArticleHeaderProps) {
  const { t, dir: uiDir } = useUiStrings();
  const date = formatDate(article.publishedTime, uiLang, numerals);
  const host = safeHost(article.url);
  const ui = { lang: uiLang, dir: uiDir };
  return (
    <header class="qari-header">
      <h1 class="qari-title" data-qari="title" dir={article.dir} lang={article.lang || undefined}>
        {article.title}
      </h1>
      <p class="qari-meta">
        {article.byline && (
          <span data-qari="byline" dir={textDirection(article.byline) ?? article.dir}>
            {article.byline}
          </span>
        )}
        {article.siteName && (
          <span data-qari="site" dir={textDirection(article.siteName) ?? article.dir}>
            {article.siteName}
          </span>
        )}
        {article.source && (
          <span data-qari="source" {...ui}>
            {t('source')} <bdi>{article.source}</bdi>
          </span>
        )}
        {date && (
          <time data-qari="date" dateTime={article.publishedTime} {...ui}>
            {date}
          </time>
        )}
        <span data-qari="reading-time" title={t('readingTimeLabel')} {...ui}>
          {formatReadingTime(article.readingMinutes, uiLang, t, numerals)}
        </span>
        {host && (
          <a data-qari="original" href={article.url} target="_blank" rel="noopener noreferrer" {...ui}>
            {t('original')} <bdi dir="ltr">({host})</bdi>
          </a>
        )}
      </p>
    </header>
  );
}

/** Host of an http(s) address, or '' for anything else (never a link to javascript:). */
function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : '';
  } catch {
    return '';
  }
}
