/** The two systems compared on each page: Qari's extraction core and raw Readability. */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { blockText } from '../../utils/dom/blocks';
import { extractArticle } from '../../utils/extract/extract';

/** What one system produced on a page. */
export interface Output {
  found: boolean;
  reason?: string;
  title: string;
  text: string;
  dir: string | null;
  /** Qari's clean-up report: what each rule removed (see Article.removed). */
  removed?: Array<{ rule: string; text: string }>;
}

/** Qari's body text plus the header fields raw Readability keeps in its body (see top). */
export function runQari(dom: JSDOM, url: string): Output {
  const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window });
  if (!result.ok) return { found: false, reason: result.reason, title: '', text: '', dir: null };
  const { article } = result;
  const text = article.source ? `${article.text}\n${article.source}` : article.text;
  return { found: true, title: article.title, text, dir: article.dir, removed: article.removed };
}

/** Raw Readability on a copy of the document, its content as block text. */
export function runReadability(dom: JSDOM): Output {
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(dom.window.document.cloneNode(true) as Document).parse();
  } catch (err) {
    return { found: false, reason: `threw: ${(err as Error).message}`, title: '', text: '', dir: null };
  }
  if (!parsed?.content) return { found: false, reason: 'no-article', title: '', text: '', dir: null };
  return {
    found: true,
    title: parsed.title ?? '',
    text: blockText(JSDOM.fragment(parsed.content)),
    dir: parsed.dir ?? 'ltr',
  };
}
