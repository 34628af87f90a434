/**
 * The Arabic rules of the quotation core, kept as data (see STYLE.md,
 * "rules as data"); rules-fa.ts, rules-ur.ts and rules-he.ts hold the other
 * languages, grammar.ts says what each field means.
 * `tests/unit/quotes/rules.test.ts` runs every rule's examples through
 * `findQuotes` and checks the speaker they name, so a rule without a working
 * example fails the suite; a rule added for issue 13 or later gives
 * examples seen on at least two different corpus pages (`source`).
 *
 * Words are compared after `fold` (lexicon.ts: diacritics and tatweel
 * dropped, alef forms folded to ا), so "أضاف", "اضاف" and "أضافَ" are one form.
 */
import type { Grammar, SpeechRule } from './grammar';

export const SPEECH_RULES: SpeechRule[] = [
  { kind: 'verb', forms: ['قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون'], genders: 'mfpmfp', why: 'The commonest speech verb; seed: "وقال بوتين: “…”", "وقال “لذلك …”".',
    examples: [{ html: '<p>وقال بوتين: “سنفعل ذلك”.</p>', speaker: 'بوتين', source: 'written' }] },
  { kind: 'verb', forms: ['أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف', 'يضيفون'], genders: 'mfpmfp', why: 'Continues a speaker already named; seed: "وأضاف: “قضية الأمن السيبراني …".',
    examples: [{ html: '<p>وأضافت المتحدثة: «لا تعليق».</p>', speaker: 'المتحدثة', source: 'written' }] },
  { kind: 'verb', forms: ['أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد', 'يؤكدون'], genders: 'mfpmfp', why: 'Seed: "أكد الرئيس الروسي فلاديمير بوتين أن …".',
    examples: [{ html: '<p>وأكدت الوزيرة أن “الخطة جاهزة”.</p>', speaker: 'الوزيرة', source: 'written' }] },
  { kind: 'verb', forms: ['شدد', 'شددت', 'شددوا', 'يشدد', 'تشدد'], genders: 'mfpmf', why: 'Seed: "شدد الرئيس الروسي على أن …".',
    examples: [{ html: '<p>وشدد الرئيس على أن «الحوار ضروري».</p>', speaker: 'الرئيس', source: 'written' }] },
  { kind: 'verb', forms: ['أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'توضح'], genders: 'mfpmf', why: 'Explanatory attribution, common in agency copy (SANA, QNA).',
    examples: [{ html: '<p>وأوضح المدير: «العمل مستمر».</p>', speaker: 'المدير', source: 'written' }] },
  { kind: 'verb', forms: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح'], genders: 'mfpmf', why: '"صرّح لـ…" introduces statements to the press.',
    examples: [{ html: '<p>وصرح المتحدث باسم الوزارة: «لا تغيير».</p>', speaker: 'المتحدث باسم الوزارة', source: 'written' }] },
  { kind: 'verb', forms: ['تابع', 'تابعت', 'تابعوا', 'يتابع', 'تتابع'], genders: 'mfpmf', why: '"وتابع: …" continues a quotation after a break.',
    examples: [{ html: '<p>وتابع الوزير “سنرى”.</p>', speaker: 'الوزير', source: 'written' }] },
  { kind: 'verb', forms: ['ذكر', 'ذكرت', 'ذكروا'], genders: 'mfp', why: 'Seed: "وذكرت وكالة أنباء إنترفاكس ، الأحد ، …". Present "يذكر أن" is an idiom ("it is worth noting"), left out.',
    examples: [{ html: '<p>وذكرت الوكالة أن “المحادثات بدأت”.</p>', speaker: 'الوكالة', source: 'written' }] },
  { kind: 'verb', forms: ['أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير', 'يشيرون'], genders: 'mfpmfp', why: '"أشار إلى أن …" reports a statement.',
    examples: [{ html: '<p>وأشار الخبير إلى أن “الأسعار سترتفع”.</p>', speaker: 'الخبير', source: 'written' }] },
  { kind: 'verb', forms: ['لفت', 'لفتت', 'لفتوا'], genders: 'mfp', why: '"لفت إلى أن …", a variant of أشار.',
    examples: [{ html: '<p>ولفت النائب إلى أن «القانون لم يطبق».</p>', speaker: 'النائب', source: 'written' }] },
  { kind: 'verb', forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر', 'يعتبرون'], genders: 'mfpmfp', why: 'Opinion attribution: "واعتبر X أن …".',
    examples: [{ html: '<p>واعتبر المحلل أن “الاتفاق هش”.</p>', speaker: 'المحلل', source: 'written' }] },
  { kind: 'verb', forms: ['رأى', 'رأت', 'رأوا', 'يرى', 'ترى', 'يرون'], genders: 'mfpmfp', why: 'Opinion attribution: "ورأى X أن …" (ى kept so the noun رأي is not matched).',
    examples: [{ html: '<p>ورأت الباحثة أن «الوقت مبكر».</p>', speaker: 'الباحثة', source: 'written' }] },
  { kind: 'verb', forms: ['أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن'], genders: 'mfpmf', why: 'Seed headline "أعلن بوتين …"; announcements.',
    examples: [{ html: '<p>وأعلنت الشركة: “سنغلق المصنع”.</p>', speaker: 'الشركة', source: 'written' }] },
  { kind: 'verb', forms: ['كتب', 'كتبت', 'كتبوا', 'يكتب', 'تكتب'], genders: 'mfpmf', why: 'Quoting posts: "وكتب X على تويتر: …".',
    examples: [{ html: '<p>وكتب الرئيس على حسابه: «شكرا».</p>', speaker: 'الرئيس', source: 'written' }] },
  { kind: 'verb', forms: ['أفاد', 'أفادت', 'أفادوا', 'يفيد', 'تفيد'], genders: 'mfpmf', why: 'Agency copy: "وأفاد مراسلنا بأن …".',
    examples: [{ html: '<p>وأفاد المراسل بأن «الهدوء عاد».</p>', speaker: 'المراسل', source: 'written' }] },
  { kind: 'verb', forms: ['أردف', 'أردفت', 'استطرد', 'استطردت', 'اختتم', 'اختتمت', 'ختم', 'ختمت'], genders: 'mfmfmfmf', why: 'Continuation verbs that close or extend a quotation.',
    examples: [{ html: '<p>قال المدير إن العمل انتهى. وأردف: «انتهى الأمر».</p>', speaker: 'المدير', inferred: true, source: 'written' }] },
  { kind: 'verb', forms: ['علق', 'علقت', 'علقوا', 'كشف', 'كشفت', 'كشفوا', 'نفى', 'نفت', 'نفوا', 'حذر', 'حذرت', 'حذروا'], genders: 'mfpmfpmfpmfp', why: 'Reporting verbs seen before quotations in news copy ("وعلق X: …", "وحذرت X من أن …").',
    examples: [{ html: '<p>وحذرت المنظمة: “الوضع خطير”.</p>', speaker: 'المنظمة', source: 'written' }] },
  { kind: 'verb', forms: ['تساءل', 'تساءلت', 'أجاب', 'أجابت', 'أعرب', 'أعربت', 'اعترف', 'اعترفت', 'نوه', 'نوهت', 'روى', 'روت'], genders: 'mfmfmfmfmfmf', why: 'Question, answer and statement verbs; seed: "أعرب الرئيس الروسي عن أمله …".',
    examples: [{ html: '<p>وتساءل الكاتب: «إلى متى؟»</p>', speaker: 'الكاتب', source: 'written' }] },
  { kind: 'verb', forms: ['ادعى', 'ادعت', 'ادعوا', 'زعم', 'زعمت', 'زعموا'], genders: 'mfpmfp', why: 'Claims; seed: "ادعى المسؤولون الأمريكيون مرارًا وتكرارًا أن …".',
    examples: [{ html: '<p>وزعم المتهم أن “الوثيقة مزورة”.</p>', speaker: 'المتهم', source: 'written' }] },
  { kind: 'relay', forms: ['نقل', 'نقلت', 'نقلوا', 'نقلا'], genders: 'mfp-', why: 'Seed: "نقلا عن بوتين": the source after عن is the speaker, the relaying outlet is not.',
    examples: [{ html: '<p>ونقلت الوكالة عن المتحدث قوله: «لا جديد».</p>', speaker: 'المتحدث', source: 'written' }] },
  { kind: 'participle', forms: ['قائلا', 'قائلة', 'قائلين', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'موضحا', 'موضحة', 'مشيرا', 'مشيرة', 'مشددا', 'مشددة', 'معتبرا', 'معتبرة', 'متابعا', 'متابعة'], genders: 'mfpmfmfmfmfmfmfmf',
    why: '"وأضاف قائلاً: …", "…، مضيفاً أن …": the subject is the sentence\'s speaker.',
    examples: [{ html: '<p>وقال الوزير إن الوضع صعب، مضيفا: «هذا يكفي».</p>', speaker: 'الوزير', inferred: true, source: 'written' }] },
];

/**
 * Source phrases: the speaker is the noun phrase after them. A form whose
 * last word is `ل` also matches a word that starts with ل ("وفقا للوزير" → "الوزير").
 */
export const SOURCE_RULES: SpeechRule[] = [
  { kind: 'source', forms: ['بحسب'], why: '"«…»، بحسب X" and "وبحسب X، فإن …".', examples: [{ html: '<p>«الأسعار ستنخفض»، بحسب وزير المالية.</p>', speaker: 'وزير المالية', source: 'written' }] },
  { kind: 'source', forms: ['حسب'], why: 'Short form of بحسب.', examples: [{ html: '<p>“العمل مستمر” حسب المتحدث.</p>', speaker: 'المتحدث', source: 'written' }] },
  { kind: 'source', forms: ['وفقا ل'], why: '"وفقاً لـ X" / "وفقا ل X" / "وفقا للوزير".', examples: [{ html: '<p>ووفقاً لـ المصدر، فإن “القرار نهائي”.</p>', speaker: 'المصدر', source: 'written' }] },
  { kind: 'source', forms: ['طبقا ل'], why: 'Variant of وفقا ل.', examples: [{ html: '<p>«لا تأجيل»، طبقا للمتحدث.</p>', speaker: 'المتحدث', source: 'written' }] },
  { kind: 'source', forms: ['جاء في'], why: '"وجاء في البيان: «…»": the document speaks.', examples: [{ html: '<p>وجاء في البيان: «نرفض أي تدخل».</p>', speaker: 'البيان', source: 'written' }] },
  { kind: 'source', forms: ['على لسان'], why: '"جاء على لسان X": X said it.', examples: [{ html: '<p>وجاء على لسان الوزير: «لن نتراجع».</p>', speaker: 'الوزير', source: 'written' }] },
  { kind: 'source', forms: ['على حد قول'], why: '"«…»، على حد قول X".', examples: [{ html: '<p>«نحن بخير»، على حد قول المدير.</p>', speaker: 'المدير', source: 'written' }] },
  { kind: 'source', forms: ['على حد تعبير'], why: '"«…»، على حد تعبير X".', examples: [{ html: '<p>«يوم تاريخي»، على حد تعبير الرئيس.</p>', speaker: 'الرئيس', source: 'written' }] },
];

/**
 * Words that end a speaker's name: conjunctions that open the reported clause
 * (إن، أن، بأن), prepositions (في، على، عن، إلى), time words (الأحد، أمس),
 * adverbs (كذلك، أيضاً، مرارا: seed "وشدد بوتين كذلك على أن", "ادعى المسؤولون
 * الأمريكيون مرارًا"), addressees ("للصحفيين"، "لوكالة") and relative
 * pronouns. Compared folded, and again without a leading و or ف.
 */
export const STOP_WORDS = [
  'إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'إنهما', 'أنهما', 'إنني', 'أنني', 'بأن', 'بأنه', 'بأنها', 'بأنهم', 'لأن',
  'في', 'على', 'عن', 'إلى', 'من', 'خلال', 'أمام', 'عبر', 'حول', 'بشأن', 'لدى', 'أثناء', 'بعد', 'قبل', 'عند', 'عندما', 'حين', 'حيث',
  'بينما', 'فيما', 'لكن', 'ثم', 'قد', 'لقد', 'كما', 'كذلك', 'أيضا', 'مجددا', 'مرارا', 'تكرارا', 'اليوم', 'أمس', 'الليلة', 'يوم', 'صباح', 'مساء',
  'الأحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'آنذاك',
  'بدوره', 'بدورها', 'بدورهم', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'ناحيته', 'ناحيتها', 'قوله', 'قولها', 'قولهم',
  'لـ', 'للصحفيين', 'للصحافيين', 'للصحافة', 'لوسائل', 'لوكالة', 'لصحيفة', 'لقناة', 'لموقع', 'لشبكة', 'لإذاعة', 'لتلفزيون', 'للتلفزيون',
  'لرويترز', 'لفرانس', 'للجزيرة', 'للعربية', 'لبي', 'للأناضول', 'لسبوتنيك', 'لسكاي',
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'ما', 'لما', 'هو', 'هي', 'هم', 'له', 'لها', 'لهم', 'لي', 'لنا', 'به', 'بها',
  'ردا', 'تعليقا', 'ذلك', 'لذلك', 'بذلك', 'هذا', 'هذه',
  // "جاء فيه:" is not a name before a colon; "ويدعى X" renames, it is not an apposition.
  'فيه', 'فيها', 'عنه', 'عنها', 'منه', 'منها', 'يدعى', 'تدعى',
  // "مصدر مطلع، طلب عدم نشر اسمه،": a clause in apposition qualifies the source, it is no name.
  'طلب', 'طلبت', 'طلبوا', 'رفض', 'رفضت', 'فضل', 'فضلت', 'مشترطا',
  // How it was said, not who: '"…"، يقول مبتسما' (Atheer-like), "فيختم حديثه بنبرة متشائمة" (Mustaqil-like).
  'مبتسما', 'مبتسمة', 'ضاحكا', 'ضاحكة', 'متنهدا', 'متنهدة', 'بنبرة', 'بابتسامة', 'بحسرة', 'بمرارة', 'حديثه', 'حديثها',
];

/**
 * "قال رئيس البعثة، الدكتور كريم عبد الحميد، إن …": a name between commas
 * right after a title belongs to the speaker (up to MAX_APPOSITION_WORDS
 * words). Not when it starts with one of these role words: then it describes
 * a name already given ("منى عبد الله، إحدى الزائرات،").
 */
export const ROLE_WORDS = [
  'رئيس', 'رئيسة', 'مدير', 'مديرة', 'وزير', 'وزيرة', 'أحد', 'إحدى', 'عضو', 'عضوة', 'نائب', 'نائبة', 'أمين', 'أمينة', 'مسؤول', 'مسؤولة',
  'خبير', 'خبيرة', 'أستاذ', 'أستاذة', 'باحث', 'باحثة', 'كاتب', 'كاتبة', 'مستشار', 'مستشارة', 'سفير', 'سفيرة', 'قائد', 'مؤسس', 'مؤسسة',
  'عميد', 'عميدة', 'زعيم', 'زعيمة', 'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'الباحث', 'الباحثة', 'الخبير', 'الخبيرة', 'الكاتب', 'الكاتبة',
  'المدير', 'المديرة', 'الرئيس', 'الرئيسة', 'الأمين', 'النائب', 'رئيسي', 'مراسل', 'مراسلة',
];

/** "من جهته"، "من جانبه": the من goes with them, not with the name. */
export const SIDE_WORDS = ['جهته', 'جهتها', 'جانبه', 'جانبها', 'ناحيته', 'ناحيتها'];

/**
 * Stop words that may open a clause whose subject comes before its verb
 * ("ذكر التقرير أن الوزير قال: …", "لكن الرئيس قال …").
 */
export const CLAUSE_OPENERS = ['إن', 'أن', 'لكن', 'بينما', 'فيما', 'حين', 'عندما', 'ثم', 'كما', 'حيث'];

/** "أما الرئيس فقال: …": the topic named after أما is the subject of a verb with ف. */
export const TOPIC_OPENERS = ['أما'];

/**
 * Nouns that a short quoted name follows: «سيدتي» after مجلة, "نيويورك
 * تايمز" after صحيفة, لـ«الشرق الأوسط». Such a span is a title, not a
 * quotation, and it stays part of the speaker's name ("موقع «أكسيوس» الأمريكي").
 */
export const TITLE_NOUNS = [
  'لـ', 'شعار', 'عنوان', 'بعنوان', 'صحيفة', 'جريدة', 'مجلة', 'وكالة', 'قناة', 'موقع', 'شبكة', 'إذاعة', 'تلفزيون', 'برنامج', 'فيلم', 'مسلسل', 'كتاب', 'رواية',
  'حزب', 'حركة', 'جماعة', 'منظمة', 'جمعية', 'شركة', 'مبادرة', 'حملة', 'عملية', 'وسم', 'هاشتاغ', 'تطبيق', 'منصة',
];
/** Longest quoted title, in words (Persian "طرح «هر خانه یک کنتور هوشمند»" has 5). */
export const MAX_TITLE_WORDS = 5;

/** Words skipped right after a source phrase: "وفقا لما صرح به الوزير". */
export const SOURCE_FILLERS = ['ما', 'لما', 'قاله', 'قالته', 'ذكره', 'ذكرته', 'أعلنه', 'أعلنته', 'نقله', 'نقلته', 'أورده', 'أوردته', 'صرح', 'صرحت', 'به', 'بها'];

/** Labels before a colon that are not speakers ("عاجل: «…»", "فيديو: …"). */
export const NOT_SPEAKERS = ['عاجل', 'تحديث', 'فيديو', 'بالفيديو', 'صور', 'بالصور', 'شاهد', 'خاص', 'حصري', 'المصدر', 'اقرأ', 'أيضا', 'تنويه', 'ملاحظة'];

/** Farthest a speech word may stand before its quotation, in tokens (seed: "قال إن قرار … كان “…”" is 12). */
export const MAX_INTRO_DISTANCE = 40;

/** Punctuation that ends a sentence, and so the reach of a speech verb. */
export const SENTENCE_ENDS = '.!?؟؛';
/** Punctuation allowed between a quotation and a speech word after it ("«…»، قال X"). */
export const POST_QUOTE_JOINERS = '،,-–—';

/**
 * Titles and roles after which a name may follow ("وزير الخارجية المصري
 * سامح شكري", "الطبيبة لينا العموش"): the role words above, less أحد/إحدى,
 * and the professions news copy puts before names (corpus: "المزارعة أم
 * صالح", Jannah; "الطبيبة لينا العموش", JNews; "خبيرة الأمن السيبراني
 * نادين عيسى", Sky News). Compared with and without the article.
 */
export const TITLE_WORDS = [
  ...ROLE_WORDS.filter((w) => w !== 'أحد' && w !== 'إحدى'),
  'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'مندوب', 'مندوبة', 'ممثل', 'ممثلة', 'محافظ', 'محافظة', 'قاضي', 'قاضية', 'رئيسة', 'مديرو', 'مسؤولو',
  'خبراء', 'مصدر', 'مصادر', 'محلل', 'محللة', 'اختصاصي', 'اختصاصية', 'مشرف', 'مشرفة', 'منسق', 'منسقة', 'طبيب', 'طبيبة', 'مهندس', 'مهندسة',
  'مزارع', 'مزارعة', 'محام', 'محامي', 'محامية', 'معلم', 'معلمة', 'صحفي', 'صحفية', 'ناشط', 'ناشطة', 'طالب', 'طالبة', 'مدرب', 'مدربة', 'لاعب', 'لاعبة',
];

/** Honorifics before a name, kept in the role: "الدكتور مشاري الرشيدي" (Drupal), "د. محمد علي". */
export const HONORIFICS = ['الدكتور', 'الدكتورة', 'د.', 'د', 'المهندس', 'المهندسة', 'الشيخ', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المستشار', 'القاضي', 'الحاج'];

/**
 * Organisation and place nouns that head a genitive chain inside a title
 * ("رئيس مجلس إدارة الشركة", "الباحثة في مركز الدراسات الصحراوية بجامعة
 * نواكشوط خديجة بنت محمد فال", Al Jazeera; "الأمين العام لحلف الناتو").
 */
export const ORG_NOUNS = [
  'مجلس', 'إدارة', 'هيئة', 'وزارة', 'جامعة', 'مركز', 'شركة', 'مكتب', 'قسم', 'كلية', 'معهد', 'منظمة', 'جمعية', 'اتحاد', 'نقابة', 'لجنة', 'مديرية',
  'بلدية', 'محافظة', 'ولاية', 'حزب', 'حركة', 'جبهة', 'فريق', 'وفد', 'قوات', 'مستشفى', 'مؤسسة', 'صندوق', 'بنك', 'مصرف', 'غرفة', 'مجموعة', 'حلف',
  'دائرة', 'مصلحة', 'سلطة', 'وكالة', 'مجمع', 'شبكة', 'تعاونية', 'إقليم', 'قطاع', 'أكاديمية', 'مدرسة', 'مختبر', 'برنامج',
];

/** Occasions: "الوزير في مؤتمر صحفي" is no complement of the title, "مسؤول في الوزارة" is. */
export const EVENT_NOUNS = [
  'مؤتمر', 'المؤتمر', 'مقابلة', 'المقابلة', 'تصريح', 'تصريحات', 'بيان', 'البيان', 'بيانها', 'بيانه', 'حديث', 'حوار', 'كلمة', 'كلمته', 'كلمتها', 'لقاء', 'اجتماع',
  'ختام', 'تغريدة', 'منشور', 'رسالة', 'ندوة', 'جلسة', 'الجلسة', 'اتصال', 'برنامج', 'تقرير', 'التقرير', 'حفل', 'زيارة', 'أثناء', 'وقت', 'الوقت',
];

/** Prepositions that join a complement to a title. */
export const COMPLEMENTS = ['في', 'فى', 'من', 'باسم'];

/**
 * Participles added for issue 13: verbs with objects (دعا، طالب، حذر، لفت)
 * in their participle form carry the sentence's speaker on to a quotation.
 */
export const MORE_PARTICIPLES: SpeechRule = {
  kind: 'participle',
  forms: ['داعيا', 'داعية', 'لافتا', 'لافتة', 'محذرا', 'محذرة', 'مطالبا', 'مطالبة', 'منوها', 'منوهة'],
  genders: 'mfmfmfmfmf',
  why: '"…، داعياً إلى «…»" (Hespress), "لافتاً إلى أن «…»" (Kuwait Drupal), "محذراً من أن «…»" (Jannah), "محذرة من «…»" (Youm7): the subject is the sentence\'s speaker.',
  examples: [
    { html: '<p>وأضاف بوفتاس أن الرعي الجائر يفاقم الوضع، داعيا إلى "تسريع برامج التشجير".</p>', speaker: 'بوفتاس', inferred: true, source: 'corpus/ar-hespress-argan-drought' },
    { html: '<p>وأوضح العنزي أن الري سيعتمد على المياه المعالجة، لافتاً إلى أن "مشاركة المجتمع هي الضمانة".</p>', speaker: 'العنزي', inferred: true, source: 'corpus/ar-drupal-kuwait-greenbelt' },
    { html: '<p>وأشار مكتب الزراعة إلى أن الأسر تعتمد على السد، محذراً من أن «تأخير الترميم سيضاعف الخسائر».</p>', speaker: 'مكتب الزراعة', inferred: true, source: 'corpus/ar-jannah-hadramout-dam' },
    { html: '<p>وقالت الهيئة إن الحرارة مرتفعة، محذرة من "التعرض المباشر لأشعة الشمس".</p>', speaker: 'الهيئة', inferred: true, source: 'corpus/ar-youm7-flash-weather' },
  ],
};

/** Verbs with an object before the quotation (issue 13): "دعت X إلى «…»" calls for what is quoted. */
export const CALL_VERBS: SpeechRule = {
  kind: 'verb',
  forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو'],
  genders: 'mfpmf',
  why: '"دعت جمعية …، في بلاغ …، إلى «…»" (Nabaa-like), "ودعت في بيان المواطنين إلى «…»" (JNews): the one who calls says the quoted words; with no subject, the actor just named.',
  examples: [
    { html: '<p>وفي هذا الصدد، دعت جمعية فاس سايس للتراث، في بلاغ توصلت به الجريدة، إلى «إحداث لجنة محلية دائمة».</p>', speaker: 'جمعية فاس سايس للتراث', source: 'corpus/ar-nabaa-fes-fountains' },
    { html: '<p>من جانبها، رفعت المديرية العامة للدفاع المدني جاهزية فرقها، ودعت في بيان المواطنين إلى «الإبلاغ الفوري عن أي حريق».</p>', speaker: 'المديرية العامة للدفاع المدني', inferred: true, source: 'corpus/ar-jnews-jordan-heatwave' },
  ],
};

/** The Arabic grammar (grammar.ts): verb-subject order, the lists above. */
export const ARABIC: Grammar = {
  lang: 'ar',
  subject: 'after',
  speech: [...SPEECH_RULES, MORE_PARTICIPLES, CALL_VERBS, ...SOURCE_RULES],
  // Egyptian spellings with ى (Youm7: "فى بيانها اليومى").
  stops: [...STOP_WORDS, 'فى', 'الذى', 'التى', 'إلي'],
  clauseOpeners: CLAUSE_OPENERS,
  leadIns: [],
  markers: [],
  adjacentMarkers: [],
  clauseEnders: [],
  pronouns: {},
  demonstratives: [],
  names: 'after-title',
  titles: TITLE_WORDS,
  honorifics: HONORIFICS,
  termBefore: [...TITLE_NOUNS, 'مشروع', 'تقنية', 'طريقة', 'خطة', 'منظومة', 'مهرجان', 'مسابقة', 'جائزة'],
  termAfter: [],
  particles: [],
  notSpeakers: NOT_SPEAKERS,
  complements: COMPLEMENTS,
  orgNouns: ORG_NOUNS,
  eventNouns: EVENT_NOUNS,
  roleWords: ROLE_WORDS,
  complementTitles: [],
  sideWords: SIDE_WORDS,
  topicOpeners: TOPIC_OPENERS,
  fillers: SOURCE_FILLERS,
};
