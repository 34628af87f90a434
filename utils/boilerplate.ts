/**
 * Arabic news boilerplate, kept as data. `cleanup.ts` applies these rules to
 * what Readability returns; `tests/unit/boilerplate.test.ts` checks that every
 * rule removes its `removes` examples, keeps its `keeps` examples, and fires
 * on at least one fixture page.
 *
 * Phrases are compared after `normalizeArabic` (no diacritics or tatweel,
 * alef forms folded, punctuation dropped), so "اقرأ أيضاً" also matches
 * "إقرأ ايضا:" and "اقرأ أيضًا".
 */

export type RuleKind =
  | 'comments'
  | 'comment-policy'
  | 'read-also'
  | 'share'
  | 'newsletter'
  | 'back-to-top'
  | 'trailer'
  | 'dateline';

/**
 * How a block's text is matched against a phrase:
 * - `label`: the block says the phrase and nothing else but `tail` words
 *   ("شارك", "شارك على فيسبوك تويتر"): safe for words that also start real
 *   sentences ("شارك الآلاف في المسيرة").
 * - `lead`: the block starts with the phrase and has at most `maxWords` words.
 */
export type MatchMode = 'label' | 'lead';

/**
 * What goes when a block matches:
 * - `block`: the block alone;
 * - `box`: the block and the box it heads (a container or following
 *   siblings made of links, a comment form).
 */
export type Scope = 'block' | 'box';

export interface TextRule {
  id: string;
  kind: RuleKind;
  match: MatchMode;
  phrases: string[];
  /** Words that may follow a `label` phrase (social networks, counts). */
  tail?: readonly string[];
  /** Most words the whole block may have; longer blocks are article text. */
  maxWords: number;
  scope: Scope;
  /** Blocks, as raw text, that the rule must remove. */
  removes: string[];
  /** Real article sentences containing the phrase that must be kept. */
  keeps: string[];
}

/** Words of share and follow bars, normalised. */
const SOCIAL = [
  'فيسبوك', 'فيس بوك', 'facebook', 'تويتر', 'twitter', 'x', 'اكس', 'واتساب', 'واتس اب', 'whatsapp',
  'تيليجرام', 'تلغرام', 'تليجرام', 'telegram', 'لينكدان', 'لينكد ان', 'linkedin', 'انستغرام',
  'انستجرام', 'instagram', 'يوتيوب', 'youtube', 'تيك توك', 'tiktok', 'بريد', 'البريد', 'الالكتروني',
  'email', 'طباعه', 'print', 'نسخ', 'الرابط', 'رابط', 'pinterest', 'reddit', 'messenger', 'ماسنجر',
  'على', 'عبر', 'في', 'و', 'هذا', 'الخبر', 'المقال', 'الموضوع', 'مع', 'اصدقائك', 'share', 'tweet',
  'المقاله', 'صفحتنا', 'حساباتنا', 'قناتنا', 'نيوز', 'جوجل', 'google', 'news',
];

/** Counts and words that follow a comments heading: "التعليقات (3)". */
const COUNTS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'تعليق', 'تعليقات', 'لا', 'يوجد', 'توجد'];

export const TEXT_RULES: TextRule[] = [
  {
    id: 'comment-form',
    kind: 'comments',
    match: 'label',
    phrases: ['اترك تعليقا', 'اترك تعليق', 'اترك ردا', 'اضف تعليق', 'اضف تعليقك', 'اضافه تعليق', 'اضافه تعليق جديد', 'أكتب تعليقك', 'اكتب تعليقك', 'شاركنا رايك', 'التعليقات', 'تعليقات', 'تعليقات القراء'],
    tail: COUNTS,
    maxWords: 8,
    scope: 'box',
    removes: ['اترك تعليقاً', 'أضف تعليق', 'إضافة تعليق جديد', 'التعليقات (3)'],
    keeps: [
      'اترك تعليقاً هنا أو هناك، قال المتحدث، فلن يغير ذلك شيئاً من موقف الحكومة.',
      'وأضاف تعليقاً على القرار أن الحكومة ستراجع موقفها.',
      'التعليقات التي أدلى بها الوزير أثارت جدلاً واسعاً في البرلمان.',
    ],
  },
  {
    id: 'comment-notes',
    kind: 'comments',
    match: 'lead',
    phrases: ['لن يتم نشر عنوان بريدك الالكتروني', 'لن يتم نشر بريدك الالكتروني', 'بريدك الالكتروني لن يتم نشره', 'الحقول الالزاميه مشار اليها', 'يجب عليك تسجيل الدخول لكتابه تعليق', 'احفظ اسمي وبريدي الالكتروني'],
    maxWords: 40,
    scope: 'block',
    removes: ['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *'],
    keeps: ['وقالت الشركة إنها لن يتم نشر عنوان بريدك الإلكتروني لأي جهة خارجية إلا بأمر قضائي، بحسب بيان نشرته الخميس على موقعها الرسمي أمام المستخدمين في المنطقة.'],
  },
  {
    id: 'comment-policy',
    kind: 'comment-policy',
    match: 'lead',
    phrases: ['الاراء الوارده ادناه', 'الاراء الوارده في التعليقات', 'التعليقات المنشوره لا تعبر', 'ترحب شبكه cnn بالنقاش', 'جميع التعليقات تخضع للمراجعه', 'التعليقات لا تعبر عن راي'],
    maxWords: 70,
    scope: 'block',
    removes: [
      'الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.',
      'ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها.',
    ],
    keeps: ['وأشار التقرير إلى أن الآراء الواردة أدناه لا تعبر عن رأي الحكومة، بل عن آراء المشاركين في الاستطلاع الذي أجري الشهر الماضي.'],
  },
  {
    id: 'read-also-heading',
    kind: 'read-also',
    match: 'label',
    phrases: ['اقرا ايضا', 'اقرا المزيد', 'اقرا كذلك', 'طالع ايضا', 'شاهد ايضا', 'مواضيع ذات صله', 'مواضيع متعلقه', 'اخبار متعلقه', 'اخبار ذات صله', 'مقالات ذات صله', 'مقالات متعلقه', 'الاكثر قراءه', 'الاكثر مشاهده', 'قد يعجبك ايضا', 'قد يهمك ايضا', 'قد يهمك', 'المزيد من الاخبار', 'اخر الاخبار', 'موضوعات ذات صله', 'ذات صله', 'روابط ذات صله', 'تقارير ذات صله', 'اخبار ذات علاقه', 'مقالات مشابهه'],
    maxWords: 6,
    scope: 'box',
    removes: ['اقرأ أيضاً', 'مواضيع ذات صلة', 'أخبار متعلقة', 'الأكثر قراءة'],
    keeps: ['الأكثر قراءة بين الشباب هي الروايات البوليسية، بحسب استطلاع أجرته المكتبة الوطنية.'],
  },
  {
    id: 'read-also-inline',
    kind: 'read-also',
    match: 'lead',
    phrases: ['اقرا ايضا', 'اقرا المزيد', 'اقرا كذلك', 'طالع ايضا', 'شاهد ايضا', 'طالع المزيد', 'ذات صله'],
    maxWords: 30,
    scope: 'block',
    removes: ['اقرأ أيضا: الحكومة تعلن عن خطة جديدة لدعم الصادرات'],
    keeps: ['وقال الكاتب: «اقرأ أيضاً ما كتبه الآخرون قبل أن تحكم»، ثم مضى يشرح فكرته عن النقد الأدبي وعلاقته بالقارئ العربي في زمن المنصات الرقمية التي غيرت عادات القراءة بشكل جذري.'],
  },
  {
    id: 'share-bar',
    kind: 'share',
    match: 'label',
    phrases: ['شارك', 'شاركها', 'شارك الخبر', 'شارك المقال', 'شارك هذا المقال', 'شارك هذا الخبر', 'مشاركه', 'مشاركه الخبر', 'انشر', 'تابعونا', 'تابعنا', 'تابعوا', 'تابعونا على', 'تابعوا اخبارنا'],
    tail: SOCIAL,
    maxWords: 12,
    scope: 'box',
    removes: ['شارك', 'شارك على فيسبوك تويتر واتساب', 'تابعونا على تويتر'],
    keeps: ['شارك الآلاف في المسيرة التي جابت شوارع العاصمة.', 'تابعونا الأسبوع المقبل قال المذيع قبل أن ينهي البرنامج.'],
  },
  {
    id: 'follow-prompt',
    kind: 'share',
    match: 'lead',
    phrases: ['تابعونا على', 'تابعوا اخبارنا على', 'تابعوا اخر الاخبار عبر', 'تابعونا عبر', 'لمتابعه اخر الاخبار', 'تابع قناتنا على', 'انضم الى قناتنا'],
    maxWords: 20,
    scope: 'block',
    removes: ['تابعونا على قناة تيليجرام لمعرفة آخر الأخبار أولا بأول'],
    keeps: ['لمتابعة آخر الأخبار في المنطقة، أنشأت الوزارة غرفة عمليات تعمل على مدار الساعة، وقالت إنها ستصدر بيانات دورية حول الوضع الميداني وحركة النازحين عبر الحدود الشمالية خلال الأيام المقبلة.'],
  },
  {
    id: 'newsletter',
    kind: 'newsletter',
    match: 'lead',
    phrases: ['اشترك في النشره', 'اشترك في نشرتنا', 'اشترك في القائمه البريديه', 'اشترك الان في النشره', 'سجل بريدك الالكتروني', 'اشترك ليصلك', 'اشترك لتصلك', 'اشترك في خدمه', 'النشره البريديه', 'احصل على اخر الاخبار'],
    maxWords: 30,
    scope: 'box',
    removes: ['اشترك في النشرة البريدية ليصلك كل جديد'],
    keeps: ['النشرة البريدية التي أطلقتها الوزارة العام الماضي وصلت إلى مليون مشترك، بحسب ما أعلنه المتحدث باسمها في مؤتمر صحفي عقده صباح اليوم في العاصمة بحضور عدد من الصحفيين والإعلاميين.'],
  },
  {
    id: 'back-to-top',
    kind: 'back-to-top',
    match: 'label',
    phrases: ['زر الذهاب الى الاعلى', 'الذهاب الى الاعلى', 'العوده الى الاعلى', 'العوده للاعلى', 'الى الاعلى', 'للاعلى', 'اعلى الصفحه', 'back to top', 'scroll to top'],
    maxWords: 6,
    scope: 'block',
    removes: ['زر الذهاب إلى الأعلى'],
    keeps: ['وقال إن الأسعار ستواصل الصعود إلى الأعلى خلال الشهر المقبل.'],
  },
  {
    id: 'agency-trailer',
    kind: 'trailer',
    match: 'label',
    phrases: ['نهاية الرسالة', 'انتهى', 'انتهى الخبر'],
    maxWords: 3,
    scope: 'block',
    removes: ['نهاية الرسالة', '/انتهى/', '(انتهى)'],
    keeps: ['انتهى الاجتماع دون التوصل إلى اتفاق بين الطرفين.'],
  },
];

/**
 * A line that credits the news agency: "المصدر : وكالة ايسنا للأنباء."
 * Its text (group 1) becomes the Article's `source`; the block goes.
 */
export const SOURCE_LINE = /^\s*[(\[]?\s*(?:المصدر|مصدر الخبر|المصادر|source)\s*[:：\-–—]\s*([^\n]{2,80}?)\s*[.)\]]?\s*$/iu;

/** Most words a source line may have. */
export const SOURCE_MAX_WORDS = 12;

/**
 * Elements dropped by class or id before the text rules run, for themes that
 * mark their boxes well: WordPress plugins (Jetpack, AddToAny, YARPP,
 * Contextual Related Posts, Mailchimp), the Jannah/TieLabs and Newspaper
 * (tagDiv) themes used by many Arabic news sites.
 */
export const SELECTOR_RULES: Array<{ id: string; kind: RuleKind; selector: string }> = [
  { id: 'wp-comments', kind: 'comments', selector: '#comments, #respond, .comment-respond, .comments-area, .comment-form, .tie-comments, #disqus_thread' },
  { id: 'wp-share', kind: 'share', selector: '.sharedaddy, .sd-sharing-enabled, .addtoany_share_save_container, .a2a_kit, .share-buttons, .share-links, .social-share, .post-share, .td-post-sharing, .jeg_share_button, .entry-share, .share-box' },
  { id: 'wp-related', kind: 'read-also', selector: '.jp-relatedposts, .yarpp-related, .crp_related, .related-posts, .related-news, .read-also, .td-related-row, .jeg_postblock_related, .post-related, #related-posts' },
  { id: 'wp-newsletter', kind: 'newsletter', selector: '.mc4wp-form, .newsletter, .newsletter-box, .tnp-subscription, .jetpack_subscription_widget' },
  { id: 'back-to-top', kind: 'back-to-top', selector: '#go-to-top, .go-to-top, #back-to-top, .back-to-top, .scroll-to-top, #toTop' },
];
