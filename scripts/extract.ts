/**
 * npm run extract -- FILE [--url URL] [--json]
 * Runs the extraction core on a saved page with jsdom. Exit code 2 when the
 * page has no article, 1 on bad usage.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../utils/extract/extract';
import { articleQuotes } from './article-quotes';
import { loadPage } from './load-page';

const MESSAGES: Record<string, string> = {
  'no-article': 'No article found on this page: it reads like a list of links, a search or a front page.',
  'too-short': 'No article found on this page: too little text remains once navigation and boilerplate are gone.',
  'not-html': 'Not an HTML page: there is no article to read.',
  frameset: 'This page is a frameset: open the frame that holds the article and try again.',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error(file ? `No such file: ${file}` : 'Usage: npm run extract -- FILE [--url URL] [--json]');
  process.exit(1);
}

const dom = loadPage(file, values.url);
const result = extractArticle(dom.window.document, { url: values.url ?? dom.window.document.URL });
if (!result.ok) {
  console.error(MESSAGES[result.reason] ?? result.reason);
  if (values.json) console.log(JSON.stringify({ error: result.reason, message: MESSAGES[result.reason] }));
  process.exit(2);
}
const { article } = result;
// Every span, speech and term, found in the sanitised body exactly as the reader finds them.
const quotes = articleQuotes(dom.window.document, article).map(({ text, kind, speaker, role, inferred }) => ({ text, kind, speaker, role, inferred }));
if (values.json) {
  console.log(JSON.stringify({ ...article, quotes }));
} else {
  const { content, text, ...meta } = article;
  for (const [key, value] of Object.entries(meta)) console.log(`${key}: ${value}`);
  console.log(`\n${text}`);
  const line = (q: (typeof quotes)[number]) =>
    q.kind === 'term' ? `  [term] «${q.text}»` : `  «${q.text}» — ${q.speaker || '?'}${q.role ? ` (${q.role})` : ''}${q.inferred ? ' (inferred)' : ''}`;
  if (quotes.length) console.log(`\nquotes:\n${quotes.map(line).join('\n')}`);
}
