/**
 * Taking an article away: plain text, Markdown and a single self-contained
 * HTML file. DOM in, strings out; the UI copies or downloads them.
 */
import TurndownService from 'turndown';
import type { Article } from '../article';
import { findQuotes } from '../quotes/quotes';

export interface ExportLabels {
  /** "المصدر:" / "Source:" */
  source: string;
  /** "المقال الأصلي" / "Original article" */
  original: string;
  /** The publication date as the reader shows it ('' when none). */
  date: string;
}

/** Header lines shared by the text and Markdown forms: byline, source, date. */
function headerLines(article: Article, labels: ExportLabels): string[] {
  return [article.byline, article.siteName, article.source && `${labels.source} ${article.source}`, labels.date].filter(Boolean);
}

/** The article as plain text: title, byline, source, date, link, then the body one paragraph a line. */
export function articleAsText(article: Article, labels: ExportLabels): string {
  const lines = [article.title, ...headerLines(article, labels), article.url, '', article.text];
  return `${lines.join('\n').trim()}\n`;
}

/**
 * Paragraphs that are one quotation and nothing else (beyond their marks and
 * the punctuation around them) become <blockquote>s, so Markdown gives them `>`.
 */
function quoteParagraphs(body: Element): void {
  const quotes = findQuotes(body);
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
 * quotations as block quotes. Right-to-left text is kept as it is.
 */
export function articleAsMarkdown(article: Article, labels: ExportLabels, doc: Document = document): string {
  const body = doc.createElement('div');
  // `content` is sanitised HTML (utils/sanitize.ts); it is parsed here, never shown.
  body.innerHTML = article.content;
  body.querySelectorAll('mark[data-qari-quote]').forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
  quoteParagraphs(body);
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  const markdown = turndown.turndown(body);
  const header = [`# ${article.title}`, '', ...headerLines(article, labels).map((l) => `*${l}*  `), `[${labels.original}](${article.url})`];
  return `${header.join('\n')}\n\n${markdown.trim()}\n`;
}

export interface EmbeddedFont {
  family: string;
  weight: number;
  range: string;
  /** The woff2 file, base64. */
  base64: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One HTML file that opens offline with the reader's direction and typography:
 * the chosen font embedded, the reader's stylesheet inlined, a policy that
 * lets nothing run and nothing load but the article's images.
 */
export function articleAsHtml(
  article: Article,
  opts: { css: string; fonts: EmbeddedFont[]; fontStack: string; theme: string; fontSize: number; lineHeight: number; width: string; headerHtml: string },
): string {
  const faces = opts.fonts
    .map((f) => `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-display:swap;src:url(data:font/woff2;base64,${f.base64}) format('woff2');unicode-range:${f.range}}`)
    .join('\n');
  const dir = article.dir;
  const lang = article.lang || 'und';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; font-src data:">
<title>${escapeHtml(article.title)}</title>
<style>
${faces}
${opts.css}
html, body { margin: 0; background: var(--qari-bg); }
.qari { min-block-size: 100vh; }
</style>
</head>
<body>
<div class="qari" data-mode="saved" data-theme="${escapeHtml(opts.theme)}" data-width="${escapeHtml(opts.width)}" style="--qari-font: ${escapeHtml(opts.fontStack)}; --qari-size: ${opts.fontSize}px; --qari-leading: ${opts.lineHeight}">
<main class="qari-scroll">
<article class="qari-article" dir="${dir}" lang="${escapeHtml(lang)}">
${opts.headerHtml}
<div class="qari-body" dir="${dir}" lang="${escapeHtml(lang)}">
${article.content}
</div>
</article>
</main>
</div>
</body>
</html>
`;
}

/** A file name from the title: letters, digits and dashes of any script. */
export function fileName(title: string, ext: string): string {
  const base = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'article';
  return `${base}.${ext}`;
}
