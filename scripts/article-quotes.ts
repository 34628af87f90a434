/** The quotations of an extracted article, found in its sanitised body exactly as the reader finds them. */
import type { Article } from '../utils/article';
import { findQuotes, type Quote } from '../utils/quotes/quotes';

/** `findQuotes` on `article.content` parsed into a detached <div> of `doc`. */
export function articleQuotes(doc: Document, article: Pick<Article, 'content'>): Quote[] {
  const body = doc.createElement('div');
  body.innerHTML = article.content;
  return findQuotes(body);
}
