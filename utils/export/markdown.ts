/**
 * The article as Markdown: what "Copy as Markdown" puts on the clipboard.
 * DOM in, string out; the document to parse the article in is the caller's.
 */
import TurndownService from 'turndown';
import type { Article } from '../article';
import { withHighlights } from '../highlights/export';
import type { Highlight } from '../highlights/highlight';
import { findQuotes, speechOnly } from '../quotes/quotes';
import { headerLines, type ExportLabels } from './text';

/**
 * Paragraphs that are one quotation (speech, not a quoted term) and nothing else (beyond their marks and
 * the punctuation around them) become <blockquote>s, so Markdown gives them `>`.
 */
function quoteParagraphs(body: Element): void {
  const quotes = speechOnly(findQuotes(body));
  const bare = (s: string) => s.replace(/[\s«»“”„‟"'‹›.,،:؛!?؟…\-–—]/g, '');
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (p.closest('blockquote')) continue;
    const text = bare(p.textContent ?? '');
    if (!text || !quotes.some((q) => bare(q.text) === text)) continue;
    const quote = p.ownerDocument.createElement('blockquote');
    p.replaceWith(quote);
    quote.append(p);
  }
}

/**
 * The article as Markdown (turndown, a maintained HTML-to-Markdown library):
 * `# title`, the header lines, the link, then the body; whole-paragraph
 * quotations as block quotes; highlights as ==text== and their notes as
 * block quotes after the paragraph. Right-to-left text is kept as it is.
 * `doc` parses the article's HTML (it is never shown).
 */
export function articleAsMarkdown(article: Article, labels: ExportLabels, doc: Document, highlights: Highlight[] = []): string {
  const body = doc.createElement('div');
  // `content` is sanitised HTML (utils/extract/sanitize.ts); it is parsed here, never shown.
  body.innerHTML = article.content;
  body.querySelectorAll('mark[data-qari-quote]').forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
  quoteParagraphs(body);
  withHighlights(body, highlights);
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  // The highlight syntax of Obsidian, markdown-it-mark and Pandoc's `mark` extension.
  turndown.addRule('highlight', { filter: (node) => node.nodeName === 'MARK' && node.hasAttribute('data-qari-hl'), replacement: (text) => (text.trim() ? `==${text}==` : text) });
  const markdown = turndown.turndown(body);
  const header = [`# ${article.title}`, '', ...headerLines(article, labels).map((l) => `*${l}*  `), `[${labels.original}](${article.url})`];
  return `${header.join('\n')}\n\n${markdown.trim()}\n`;
}
