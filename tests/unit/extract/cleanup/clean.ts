import { JSDOM } from 'jsdom';
import { blockText } from '../../../../utils/dom/blocks';
import { cleanArticle } from '../../../../utils/extract/cleanup/cleanup';

/** A real article sentence, around every block under test. */
export const FILLER = 'وأوضح المتحدث باسم الوزارة في مؤتمر صحفي عقده صباح اليوم أن الحكومة ماضية في خطتها لإصلاح القطاع العام خلال الأشهر المقبلة.';

/** Cleans an article made of a real paragraph, `html`, and another real paragraph. */
export function clean(html: string, title = 'عنوان') {
  const { document } = new JSDOM(`<div id="root"><p>${FILLER}</p>${html}<p>${FILLER}</p></div>`).window;
  const root = document.getElementById('root')!;
  const result = cleanArticle(root, { title });
  return { text: blockText(root), result, root };
}
