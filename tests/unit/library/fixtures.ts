import type { Article } from '../../../utils/article';

/** A small Arabic article, as the extraction gives it. */
export function article(over: Partial<Article> = {}): Article {
  return {
    title: 'أعلن بوتين محور محادثاته مع بايدن',
    byline: 'فريق التحرير',
    siteName: 'الرائد نيوز',
    source: 'وكالة ايسنا للأنباء',
    publishedTime: '2021-06-13',
    excerpt: 'موسكو مستعدة',
    lang: 'ar',
    dir: 'rtl',
    url: 'https://www.alraed-news.example/2021/06/13/putin-biden-talks/',
    content: '<p data-qari-block="0">وقال بوتين إن روسيا مستعدة أيضًا.</p><p data-qari-block="1">والمدينة بعيدة.</p>',
    text: 'وقال بوتين إن روسيا مستعدة أيضًا.\nوالمدينة بعيدة.',
    wordCount: 8,
    readingMinutes: 1,
    removed: [{ rule: 'share', text: 'شارك' }],
    ...over,
  };
}
