/** The article as plain text: what "Copy as text" puts on the clipboard. */
import type { Article } from '../article';

export interface ExportLabels {
  /** "المصدر:" / "Source:" */
  source: string;
  /** "المقال الأصلي" / "Original article" */
  original: string;
  /** The publication date as the reader shows it ('' when none). */
  date: string;
}

/** Header lines shared by the text and Markdown forms: byline, source, date. */
export function headerLines(article: Article, labels: ExportLabels): string[] {
  return [article.byline, article.siteName, article.source && `${labels.source} ${article.source}`, labels.date].filter(Boolean);
}

/** The article as plain text: title, byline, source, date, link, then the body one paragraph a line. */
export function articleAsText(article: Article, labels: ExportLabels): string {
  const lines = [article.title, ...headerLines(article, labels), article.url, '', article.text];
  return `${lines.join('\n').trim()}\n`;
}
