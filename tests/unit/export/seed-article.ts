import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Article } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract/extract';
import { FIXTURES } from '../paths';

/** The labels the exports are tested with (an Arabic UI). */
export const LABELS = { source: 'المصدر:', original: 'المقال الأصلي', date: '١٣ يونيو ٢٠٢١' };

/** The seed fixture's article, as the reader gets it. */
export function seedArticle(): Article {
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'pages/isna-wordpress.expected.json'), 'utf8'));
  const { document } = new JSDOM(readFileSync(join(FIXTURES, 'pages/isna-wordpress.html'), 'utf8'), { url: gold.url }).window;
  const result = extractArticle(document);
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}
