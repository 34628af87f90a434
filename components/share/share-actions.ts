import readerCss from '../../assets/reader.css?inline';
import type { Article } from '../../utils/article';
import { articleAsHtml, fileName } from '../../utils/export/html-file';
import { articleAsMarkdown } from '../../utils/export/markdown';
import type { Highlight } from '../../utils/highlights/highlight';
import { withHighlights } from '../../utils/highlights/export';
import { articleAsText, type ExportLabels } from '../../utils/export/text';
import { scriptOf, typographyOf } from '../../utils/prefs/typography';
import { formatDate } from '../../utils/text/format';
import type { Prefs } from '../../utils/prefs/schema';
import type { Translate } from '../../utils/ui-strings';

/** Reads a bundled font file as base64 (extension pages fetch it; the full page asks the background). */
export type FontData = (url: string) => Promise<string>;

function labels(article: Article, prefs: Prefs, uiLang: string, t: Translate): ExportLabels {
  return { source: t('source'), original: t('original'), date: formatDate(article.publishedTime, uiLang, prefs.numerals) };
}

export const asText = (article: Article, prefs: Prefs, uiLang: string, t: Translate) => articleAsText(article, labels(article, prefs, uiLang, t));

export const asMarkdown = (article: Article, prefs: Prefs, uiLang: string, t: Translate, doc: Document, highlights: Highlight[] = []) =>
  articleAsMarkdown(article, labels(article, prefs, uiLang, t), doc, highlights);

/**
 * Offers `text` as a file download (no downloads permission needed). The link
 * goes inside the view (`parent`): over a page, the page's body is inert.
 */
export function download(parent: Element, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = parent.ownerDocument.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The article's HTML with its highlights marked and its notes after their paragraphs (parsed apart, never shown). */
function markedContent(article: Article, doc: Document, highlights: Highlight[]): string {
  const body = doc.createElement('div');
  // `content` is sanitised HTML (utils/extract/sanitize.ts).
  body.innerHTML = article.content;
  withHighlights(body, highlights);
  return body.innerHTML;
}

/** Saves the article as one HTML file with the font of its script embedded and the view's header. */
export async function saveHtml(article: Article, prefs: Prefs, view: Element, fontData: FontData, highlights: Highlight[] = []): Promise<void> {
  const { font, lineHeight, sizeFactor } = typographyOf(prefs, scriptOf(article.lang));
  // Two faces may share a file: read each file once.
  const urls = [...new Set(font.files.map((file) => file.url))];
  const data = new Map(await Promise.all(urls.map(async (url) => [url, await fontData(url)] as const)));
  const fonts = font.files.map((file) => ({ family: file.family, weight: file.weight, range: file.range, sizeAdjust: file.sizeAdjust, base64: data.get(file.url) ?? '' }));
  const html = articleAsHtml(article, {
    css: readerCss,
    fonts: fonts.filter((f) => f.base64),
    fontStack: font.stack,
    theme: prefs.theme,
    fontSize: Math.round(prefs.fontSize * sizeFactor * 10) / 10,
    lineHeight,
    width: prefs.width,
    headerHtml: view.querySelector('.qari-header')?.outerHTML ?? '',
    contentHtml: highlights.length ? markedContent(article, view.ownerDocument, highlights) : undefined,
  });
  download(view, fileName(article.title, 'html'), html, 'text/html;charset=utf-8');
}
