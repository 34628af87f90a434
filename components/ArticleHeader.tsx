import type { Article } from '../utils/article';
import { formatDate, formatReadingTime } from '../utils/format';
import { t } from '../utils/i18n';

export interface ArticleHeaderProps {
  article: Article;
  /** Language of the UI: dates and reading time are written in it. */
  uiLang: string;
}

/**
 * Title, byline, site, source, date, reading time and a link to the original.
 * The title is in the article's language and direction; the labels in the UI's.
 */
export function ArticleHeader({ article, uiLang }: ArticleHeaderProps) {
  const date = formatDate(article.publishedTime, uiLang);
  const host = safeHost(article.url);
  return (
    <header class="qari-header">
      <h1 class="qari-title" data-qari="title" dir={article.dir} lang={article.lang || undefined}>
        {article.title}
      </h1>
      <p class="qari-meta">
        {article.byline && (
          <span data-qari="byline" dir="auto">
            {article.byline}
          </span>
        )}
        {article.siteName && (
          <span data-qari="site" dir="auto">
            {article.siteName}
          </span>
        )}
        {article.source && <span data-qari="source">{t('source', { name: article.source })}</span>}
        {date && (
          <time data-qari="date" dateTime={article.publishedTime}>
            {date}
          </time>
        )}
        <span data-qari="reading-time" title={t('readingTimeLabel')}>
          {formatReadingTime(article.readingMinutes, uiLang)}
        </span>
        {host && (
          <a data-qari="original" href={article.url} target="_blank" rel="noopener noreferrer">
            {t('original')} ({host})
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
