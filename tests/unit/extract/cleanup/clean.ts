import { JSDOM } from 'jsdom';
import { blockText } from '../../../../utils/dom/blocks';
import { cleanArticle, type CleanupContext } from '../../../../utils/extract/cleanup/cleanup';

/** A real article sentence, around every block under test. */
export const FILLER = 'وأوضح المتحدث باسم الوزارة في مؤتمر صحفي عقده صباح اليوم أن الحكومة ماضية في خطتها لإصلاح القطاع العام خلال الأشهر المقبلة.';

/** Where the test articles pretend to be. */
export const PAGE_URL = 'https://www.example-news.com/2024/05/14/story/';

/** Cleans an article made of a real paragraph, `html`, and another real paragraph. */
export function clean(html: string, title = 'عنوان', context: Partial<CleanupContext> = {}) {
  const { document } = new JSDOM(`<div id="root"><p>${FILLER}</p>${html}<p>${FILLER}</p></div>`, { url: PAGE_URL }).window;
  const root = document.getElementById('root')!;
  const result = cleanArticle(root, { title, url: PAGE_URL, ...context });
  return { text: blockText(root), result, root };
}

/** Cleans `html` as the whole body (for rules about the edges of the body). */
export function cleanBody(html: string, title = 'عنوان', context: Partial<CleanupContext> = {}) {
  const { document } = new JSDOM(`<div id="root">${html}</div>`, { url: PAGE_URL }).window;
  const root = document.getElementById('root')!;
  const result = cleanArticle(root, { title, url: PAGE_URL, ...context });
  return { text: blockText(root), result, root };
}

/** The rules that removed something, one entry a removal. */
export const rulesOf = (result: { removed: { rule: string }[] }) => result.removed.map((r) => r.rule);
