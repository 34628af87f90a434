/**
 * The article as one self-contained HTML file ("Save as HTML"): it opens
 * offline, right to left, in the reader's font and theme. Strings in, string out.
 */
import type { Article } from '../article';

export interface EmbeddedFont {
  family: string;
  weight: number;
  range: string;
  /** CSS `size-adjust`, percent (Latin words scaled to their Arabic). */
  sizeAdjust?: number;
  /** The woff2 file, base64. */
  base64: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One HTML file that opens offline with the reader's direction and typography:
 * the chosen font embedded, the reader's stylesheet inlined, a policy that
 * lets nothing run and nothing load but the article's images. `contentHtml`:
 * the article's HTML with its highlights and notes (highlights/export.ts).
 */
export function articleAsHtml(
  article: Article,
  opts: { css: string; fonts: EmbeddedFont[]; fontStack: string; theme: string; fontSize: number; lineHeight: number; width: string; headerHtml: string; contentHtml?: string },
): string {
  const faces = opts.fonts
    .map((f) => `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-display:swap;src:url(data:font/woff2;base64,${f.base64}) format('woff2');unicode-range:${f.range}${f.sizeAdjust ? `;size-adjust:${f.sizeAdjust}%` : ''}}`)
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
${opts.contentHtml ?? article.content}
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
