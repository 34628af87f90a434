/**
 * Arabic news boilerplate, kept as data. `cleanup.ts` applies these rules to
 * what Readability returns (text rules compiled in `text-rules.ts`);
 * `tests/unit/extract/cleanup/boilerplate.test.ts` checks that every rule
 * removes its `removes` examples, keeps its `keeps` examples, and fires on at
 * least one fixture page.
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
  | 'ad'
  | 'embed-marker'
  | 'author-box'
  | 'hidden'
  | 'promo'
  | 'disclaimer';

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
  /** Also matches a block whose normalised text this pattern matches (for phrases with a site name inside). */
  pattern?: RegExp;
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
    phrases: ['اقرا ايضا', 'اقرا المزيد', 'اقرا كذلك', 'طالع ايضا', 'شاهد ايضا', 'مواضيع ذات صله', 'مواضيع متعلقه', 'اخبار متعلقه', 'اخبار ذات صله', 'مقالات ذات صله', 'مقالات متعلقه', 'الاكثر قراءه', 'الاكثر مشاهده', 'قد يعجبك ايضا', 'قد يهمك ايضا', 'قد يهمك', 'المزيد من الاخبار', 'اخر الاخبار', 'موضوعات ذات صله', 'ذات صله', 'روابط ذات صله', 'تقارير ذات صله', 'اخبار ذات علاقه', 'مقالات مشابهه', 'قصص ذات صله', 'قصص مقترحه', 'المزيد حول هذه القصه', 'اقرا المزيد عن', 'الوسوم', 'وسوم', 'الكلمات المفتاحيه', 'كلمات مفتاحيه', 'كلمات دلاليه'],
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
    phrases: ['اشترك في النشره', 'اشترك في نشرتنا', 'اشترك في القائمه البريديه', 'اشترك الان في النشره', 'سجل بريدك الالكتروني', 'اشترك ليصلك', 'اشترك لتصلك', 'اشترك في خدمه', 'اشترك مجانا', 'سجل الان ليصلك'],
    maxWords: 30,
    scope: 'box',
    removes: ['اشترك في النشرة البريدية ليصلك كل جديد'],
    keeps: ['النشرة البريدية التي أطلقتها الوزارة العام الماضي وصلت إلى مليون مشترك، بحسب ما أعلنه المتحدث باسمها في مؤتمر صحفي عقده صباح اليوم في العاصمة بحضور عدد من الصحفيين والإعلاميين.'],
  },
  {
    id: 'newsletter-heading',
    kind: 'newsletter',
    match: 'label',
    phrases: ['النشرة البريدية', 'النشرة الإخبارية', 'القائمة البريدية', 'اشترك', 'اشترك الآن', 'اشترك معنا'],
    maxWords: 4,
    scope: 'box',
    removes: ['النشرة البريدية', 'اشترك الآن'],
    keeps: ['النشرة البريدية التي أطلقتها الوزارة العام الماضي وصلت إلى مليون مشترك، بحسب ما أعلنه المتحدث باسمها.'],
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
    // ISNA and IRNA end their Arabic wires with "نهاية الرسالة", their Persian ones with "انتهای پیام".
    phrases: ['نهاية الرسالة', 'انتهى', 'انتهى الخبر', 'انتهای پیام'],
    maxWords: 3,
    scope: 'block',
    removes: ['نهاية الرسالة', '/انتهى/', '(انتهى)', 'انتهای پیام/'],
    keeps: ['انتهى الاجتماع دون التوصل إلى اتفاق بين الطرفين.'],
  },
  {
    id: 'ad-label',
    kind: 'ad',
    match: 'label',
    // Hebrew פרסומת (Ynet, Globes), Urdu اشتہار (Express, Jang), Persian تبلیغات.
    phrases: ['إعلان', 'مساحة إعلانية', 'إعلان تجاري', 'محتوى مدعوم', 'advertisement', 'sponsored', 'تبلیغات', 'آگهی', 'اشتہار', 'פרסומת', 'תוכן ממומן'],
    maxWords: 3,
    scope: 'block',
    removes: ['- إعلان -', 'مساحة إعلانية', 'Advertisement', 'פרסומת', 'اشتہار'],
    keeps: ['إعلان الحكومة عن الموازنة الجديدة جاء بعد أسابيع من المشاورات مع البرلمان.'],
  },
  {
    // BBC Arabic marks embeds for screen readers: "تخطى منشور تويتر" … "نهاية منشور تويتر",
    // "تخطى البودكاست وواصل القراءة" … "البودكاست نهاية".
    id: 'embed-marker',
    kind: 'embed-marker',
    match: 'lead',
    phrases: ['تخطى منشور', 'نهاية منشور', 'تخطى البودكاست', 'البودكاست نهاية', 'تخطى الفيديو', 'نهاية الفيديو', 'تخطى المحتوى', 'تخطى إلى المحتوى'],
    maxWords: 6,
    scope: 'block',
    removes: ['تخطى منشور تويتر', 'نهاية منشور تويتر', 'تخطى البودكاست وواصل القراءة'],
    keeps: ['نهاية منشور الرئيس على تويتر أثارت جدلاً كبيراً بين المتابعين في الساعات الأولى.'],
  },
  {
    id: 'external-warning',
    kind: 'embed-marker',
    match: 'lead',
    phrases: [],
    // "تحذير: بي بي سي غير مسؤولة عن محتوى أي موقع خارجي." and its variants.
    // Matched on normalised text: ى→ي, ة→ه, no punctuation.
    pattern: /^(?:تحذير )?(?:[^ ]+ ){1,4}(?:غير|ليست) مسؤوله? عن محتوي (?:اي )?(?:المواقع|موقع) (?:الخارجيه|خارجي)$/,
    maxWords: 14,
    scope: 'block',
    removes: ['تحذير: بي بي سي غير مسؤولة عن محتوى أي موقع خارجي.', 'الأثير ليست مسؤولة عن محتوى المواقع الخارجية'],
    keeps: ['وقالت الشركة إنها غير مسؤولة عن محتوى أي موقع خارجي ينشر بياناتها، مضيفة أنها ستلاحق المخالفين قضائياً.'],
  },
  {
    // Opinion pages end with the site's disclaimer: UrduPoint's columns ("ادارہ اردوپوائنٹ کا
    // مضمون نگار کی رائے سے متفق ہونا ضروری نہیں"), Arabic op-ed pages ("الآراء الواردة تعبر
    // عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع"), Persian ("بیانگر دیدگاه نویسنده"),
    // Hebrew ("אינן משקפות בהכרח"). Matched on normalised text (ی→ي, ک→ك, ة→ه, ى→ي).
    id: 'opinion-disclaimer',
    kind: 'disclaimer',
    match: 'lead',
    phrases: [],
    pattern: /متفق ہونا ضروري نہيں|(?:تعبر|يعبر) عن (?:راي|وجهه نظر) (?:كاتبها|كاتبه|صاحبها|الكاتب)|لا (?:تعبر|يعبر) بالضروره عن|بيانگر (?:ديدگاه|نظر) (?:نويسنده|نگارنده)|אינ[ןם] משקפ(?:ות|ים) בהכרח|do not necessarily reflect/,
    maxWords: 20,
    scope: 'block',
    removes: [
      'ادارہ اردوپوائنٹ کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں ہے۔',
      'الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.',
      'مطالب منتشر شده صرفاً بیانگر دیدگاه نویسنده است.',
      'הדעות המובעות במאמר אינן משקפות בהכרח את עמדת המערכת.',
    ],
    keeps: ['وقال الوزير إن البيان يعبر عن رأي الحكومة كلها وليس عن رأي وزارة بعينها، وإن النقاش سيستمر.'],
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
 * Elements dropped by class or id before the text rules run, for boxes that
 * themes mark well and Readability may keep: WordPress comments (kept when
 * Readability retries a short article without stripping "unlikely" parts),
 * back-to-top buttons, author boxes (Jannah/TieLabs, Newspaper/tagDiv, JNews),
 * BBC promos. Share and related-post plugins (Jetpack, AddToAny, YARPP) need
 * no rule: Readability drops their link-dense boxes itself.
 */
export interface SelectorRule {
  id: string;
  kind: RuleKind;
  selector: string;
  /** A box from a real theme that the rule removes (tested). */
  example: string;
}

export const SELECTOR_RULES: SelectorRule[] = [
  { id: 'wp-comments', kind: 'comments', selector: '#comments, #respond, .comment-respond, .comments-area, .comment-form, .tie-comments, #disqus_thread', example: '<div id="respond" class="comment-respond"><h3 id="reply-title">اترك تعليقاً</h3></div>' },
  { id: 'back-to-top', kind: 'back-to-top', selector: '#go-to-top, .go-to-top, #back-to-top, .back-to-top, .scroll-to-top, #toTop', example: '<a id="go-to-top" class="go-to-top-button" href="#go-to-top">للأعلى</a>' },
  { id: 'author-box', kind: 'author-box', selector: '.about-author, .author-box, .author-info, .author-bio, .post-author-box, .td-author-box, .jeg_authorbox', example: '<div class="about-author"><div class="author-bio">محرر في الموقع</div></div>' },
  { id: 'promo', kind: 'promo', selector: '[class*="podcast-promo"], [data-e2e="podcast-promo"], .newsletter-promo, .app-promo', example: '<section class="bbc-podcast-promo"><strong>البودكاست</strong></section>' },
];

/**
 * Text only screen readers get (skip links, "Author, ", "التعليق على الصورة، "):
 * the reader shows what the eye sees. Applied after the text rules, because a
 * hidden heading ("مواضيع ذات صلة" on BBC Arabic) still names the box it heads.
 */
export const HIDDEN_RULE: SelectorRule = {
  id: 'visually-hidden',
  kind: 'hidden',
  selector: '.visually-hidden, .sr-only, .screen-reader-text, .bbc-visually-hidden, [class*="VisuallyHidden"]',
  example: '<p>قال المتحدث<span class="screen-reader-text"> (رابط خارجي)</span></p>',
};
