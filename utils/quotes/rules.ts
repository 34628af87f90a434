/**
 * Rules of the quotation core, kept as data (see STYLE.md, "rules as data").
 * `tests/unit/quotes/rules.test.ts` runs every rule's `example` through
 * `findQuotes` and checks the speaker it names, so a rule without a working
 * example fails the suite.
 *
 * Words are compared after `foldWord` (diacritics and tatweel dropped, alef
 * forms folded to ا), so "أضاف", "اضاف" and "أضافَ" are one form.
 */
import { foldWord } from '../text/arabic';

/**
 * How a speech word relates to the speaker:
 * - `verb`: the speaker is the subject after it, up to a stop word, a
 *   punctuation mark or the quote ("وقال بوتين: “…”"); none there → inferred;
 * - `relay`: "نقل عن X": X is the speaker, not the reporter who relays;
 * - `participle`: "قائلاً"، "مضيفاً": never has its own subject → inferred.
 */
export type SpeechKind = 'verb' | 'relay' | 'participle';

export interface SpeechRule {
  kind: SpeechKind;
  /** Past (masculine, feminine, plural) and present forms, as written. */
  forms: string[];
  /** A paragraph the rule must attribute, and to whom. */
  example: { html: string; speaker: string; inferred?: boolean };
  /** Why the rule exists. */
  why: string;
}

export const SPEECH_RULES: SpeechRule[] = [
  { kind: 'verb', forms: ['قال', 'قالت', 'قالوا', 'يقول', 'تقول'], why: 'The commonest speech verb; seed: "وقال بوتين: “…”", "وقال “لذلك …”".',
    example: { html: '<p>وقال بوتين: “سنفعل ذلك”.</p>', speaker: 'بوتين' } },
  { kind: 'verb', forms: ['أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف'], why: 'Continues a speaker already named; seed: "وأضاف: “قضية الأمن السيبراني …".',
    example: { html: '<p>وأضافت المتحدثة: «لا تعليق».</p>', speaker: 'المتحدثة' } },
  { kind: 'verb', forms: ['أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد'], why: 'Seed: "أكد الرئيس الروسي فلاديمير بوتين أن …".',
    example: { html: '<p>وأكدت الوزيرة أن “الخطة جاهزة”.</p>', speaker: 'الوزيرة' } },
  { kind: 'verb', forms: ['شدد', 'شددت', 'شددوا', 'يشدد', 'تشدد'], why: 'Seed: "شدد الرئيس الروسي على أن …".',
    example: { html: '<p>وشدد الرئيس على أن «الحوار ضروري».</p>', speaker: 'الرئيس' } },
  { kind: 'verb', forms: ['أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'توضح'], why: 'Explanatory attribution, common in agency copy (SANA, QNA).',
    example: { html: '<p>وأوضح المدير: «العمل مستمر».</p>', speaker: 'المدير' } },
  { kind: 'verb', forms: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح'], why: '"صرّح لـ…" introduces statements to the press.',
    example: { html: '<p>وصرح المتحدث باسم الوزارة: «لا تغيير».</p>', speaker: 'المتحدث باسم الوزارة' } },
  { kind: 'verb', forms: ['تابع', 'تابعت', 'تابعوا', 'يتابع', 'تتابع'], why: '"وتابع: …" continues a quotation after a break.',
    example: { html: '<p>وتابع الوزير “سنرى”.</p>', speaker: 'الوزير' } },
  { kind: 'verb', forms: ['ذكر', 'ذكرت', 'ذكروا'], why: 'Seed: "وذكرت وكالة أنباء إنترفاكس ، الأحد ، …". Present "يذكر أن" is an idiom ("it is worth noting"), left out.',
    example: { html: '<p>وذكرت الوكالة أن “المحادثات بدأت”.</p>', speaker: 'الوكالة' } },
  { kind: 'verb', forms: ['أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير'], why: '"أشار إلى أن …" reports a statement.',
    example: { html: '<p>وأشار الخبير إلى أن “الأسعار سترتفع”.</p>', speaker: 'الخبير' } },
  { kind: 'verb', forms: ['لفت', 'لفتت', 'لفتوا'], why: '"لفت إلى أن …", a variant of أشار.',
    example: { html: '<p>ولفت النائب إلى أن «القانون لم يطبق».</p>', speaker: 'النائب' } },
  { kind: 'verb', forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر'], why: 'Opinion attribution: "واعتبر X أن …".',
    example: { html: '<p>واعتبر المحلل أن “الاتفاق هش”.</p>', speaker: 'المحلل' } },
  { kind: 'verb', forms: ['رأى', 'رأت', 'رأوا', 'يرى', 'ترى'], why: 'Opinion attribution: "ورأى X أن …" (ى kept so the noun رأي is not matched).',
    example: { html: '<p>ورأت الباحثة أن «الوقت مبكر».</p>', speaker: 'الباحثة' } },
  { kind: 'verb', forms: ['أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن'], why: 'Seed headline "أعلن بوتين …"; announcements.',
    example: { html: '<p>وأعلنت الشركة: “سنغلق المصنع”.</p>', speaker: 'الشركة' } },
  { kind: 'verb', forms: ['كتب', 'كتبت', 'كتبوا', 'يكتب', 'تكتب'], why: 'Quoting posts: "وكتب X على تويتر: …".',
    example: { html: '<p>وكتب الرئيس على حسابه: «شكرا».</p>', speaker: 'الرئيس' } },
  { kind: 'verb', forms: ['أفاد', 'أفادت', 'أفادوا', 'يفيد', 'تفيد'], why: 'Agency copy: "وأفاد مراسلنا بأن …".',
    example: { html: '<p>وأفاد المراسل بأن «الهدوء عاد».</p>', speaker: 'المراسل' } },
  { kind: 'verb', forms: ['أردف', 'أردفت', 'استطرد', 'استطردت', 'اختتم', 'اختتمت', 'ختم', 'ختمت'], why: 'Continuation verbs that close or extend a quotation.',
    example: { html: '<p>قال المدير إن العمل انتهى. وأردف: «انتهى الأمر».</p>', speaker: 'المدير', inferred: true } },
  { kind: 'verb', forms: ['علق', 'علقت', 'علقوا', 'كشف', 'كشفت', 'كشفوا', 'نفى', 'نفت', 'نفوا', 'حذر', 'حذرت', 'حذروا'], why: 'Reporting verbs seen before quotations in news copy ("وعلق X: …", "وحذرت X من أن …").',
    example: { html: '<p>وحذرت المنظمة: “الوضع خطير”.</p>', speaker: 'المنظمة' } },
  { kind: 'verb', forms: ['تساءل', 'تساءلت', 'أجاب', 'أجابت', 'أعرب', 'أعربت', 'اعترف', 'اعترفت', 'نوه', 'نوهت', 'روى', 'روت'], why: 'Question, answer and statement verbs; seed: "أعرب الرئيس الروسي عن أمله …".',
    example: { html: '<p>وتساءل الكاتب: «إلى متى؟»</p>', speaker: 'الكاتب' } },
  { kind: 'verb', forms: ['ادعى', 'ادعت', 'ادعوا', 'زعم', 'زعمت', 'زعموا'], why: 'Claims; seed: "ادعى المسؤولون الأمريكيون مرارًا وتكرارًا أن …".',
    example: { html: '<p>وزعم المتهم أن “الوثيقة مزورة”.</p>', speaker: 'المتهم' } },
  { kind: 'relay', forms: ['نقل', 'نقلت', 'نقلوا', 'نقلا'], why: 'Seed: "نقلا عن بوتين": the source after عن is the speaker, the relaying outlet is not.',
    example: { html: '<p>ونقلت الوكالة عن المتحدث قوله: «لا جديد».</p>', speaker: 'المتحدث' } },
  { kind: 'participle', forms: ['قائلا', 'قائلة', 'قائلين', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'موضحا', 'موضحة', 'مشيرا', 'مشيرة', 'مشددا', 'مشددة', 'معتبرا', 'معتبرة', 'متابعا', 'متابعة'],
    why: '"وأضاف قائلاً: …", "…، مضيفاً أن …": the subject is the sentence\'s speaker.',
    example: { html: '<p>وقال الوزير إن الوضع صعب، مضيفا: «هذا يكفي».</p>', speaker: 'الوزير', inferred: true } },
];

/**
 * Source phrases: the speaker is the noun phrase after them. Token sequences,
 * folded; `ل` as the last token also matches a word that starts with ل
 * ("وفقا للوزير" → "الوزير").
 */
export interface SourceRule { tokens: string[]; example: { html: string; speaker: string }; why: string }

export const SOURCE_RULES: SourceRule[] = [
  { tokens: ['بحسب'], why: '"«…»، بحسب X" and "وبحسب X، فإن …".', example: { html: '<p>«الأسعار ستنخفض»، بحسب وزير المالية.</p>', speaker: 'وزير المالية' } },
  { tokens: ['حسب'], why: 'Short form of بحسب.', example: { html: '<p>“العمل مستمر” حسب المتحدث.</p>', speaker: 'المتحدث' } },
  { tokens: ['وفقا', 'ل'], why: '"وفقاً لـ X" / "وفقا ل X" / "وفقا للوزير".', example: { html: '<p>ووفقاً لـ المصدر، فإن “القرار نهائي”.</p>', speaker: 'المصدر' } },
  { tokens: ['طبقا', 'ل'], why: 'Variant of وفقا ل.', example: { html: '<p>«لا تأجيل»، طبقا للمتحدث.</p>', speaker: 'المتحدث' } },
  { tokens: ['جاء', 'في'], why: '"وجاء في البيان: «…»": the document speaks.', example: { html: '<p>وجاء في البيان: «نرفض أي تدخل».</p>', speaker: 'البيان' } },
  { tokens: ['على', 'لسان'], why: '"جاء على لسان X": X said it.', example: { html: '<p>وجاء على لسان الوزير: «لن نتراجع».</p>', speaker: 'الوزير' } },
  { tokens: ['على', 'حد', 'قول'], why: '"«…»، على حد قول X".', example: { html: '<p>«نحن بخير»، على حد قول المدير.</p>', speaker: 'المدير' } },
  { tokens: ['على', 'حد', 'تعبير'], why: '"«…»، على حد تعبير X".', example: { html: '<p>«يوم تاريخي»، على حد تعبير الرئيس.</p>', speaker: 'الرئيس' } },
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
export const MAX_APPOSITION_WORDS = 4;

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
/** Longest quoted title, in words. */
export const MAX_TITLE_WORDS = 4;

/** Words skipped right after a source phrase: "وفقا لما صرح به الوزير". */
export const SOURCE_FILLERS = ['ما', 'لما', 'قاله', 'قالته', 'ذكره', 'ذكرته', 'أعلنه', 'أعلنته', 'نقله', 'نقلته', 'أورده', 'أوردته', 'صرح', 'صرحت', 'به', 'بها'];

/** Labels before a colon that are not speakers ("عاجل: «…»", "فيديو: …"). */
export const NOT_SPEAKERS = ['عاجل', 'تحديث', 'فيديو', 'بالفيديو', 'صور', 'بالصور', 'شاهد', 'خاص', 'حصري', 'المصدر', 'اقرأ', 'أيضا', 'تنويه', 'ملاحظة'];

/** Longest speaker name kept, in words: "المتحدث باسم وزارة الخارجية الروسية ماريا زاخاروفا" has 7. */
export const MAX_SPEAKER_WORDS = 8;
/** Farthest a speech word may stand before its quotation, in tokens (seed: "قال إن قرار … كان “…”" is 12). */
export const MAX_INTRO_DISTANCE = 40;

/** Punctuation that ends a sentence, and so the reach of a speech verb. */
export const SENTENCE_ENDS = '.!?؟؛';
/** Punctuation allowed between a quotation and a speech word after it ("«…»، قال X"). */
export const POST_QUOTE_JOINERS = '،,-–—';

const fold = (list: string[]) => new Set(list.map(foldWord));
export const STOP_SET = fold(STOP_WORDS);
export const SIDE_SET = fold(SIDE_WORDS);
export const OPENER_SET = fold(CLAUSE_OPENERS);
export const FILLER_SET = fold(SOURCE_FILLERS);
export const TOPIC_SET = fold(TOPIC_OPENERS);
export const TITLE_SET = fold(TITLE_NOUNS);
export const ROLE_SET = fold(ROLE_WORDS);
export const NOT_SPEAKER_SET = fold(NOT_SPEAKERS);
/** Folded speech form → its kind. */
export const SPEECH_FORMS: Map<string, SpeechKind> = new Map(
  SPEECH_RULES.flatMap((r) => r.forms.map((f) => [foldWord(f), r.kind] as [string, SpeechKind])),
);
export const SOURCE_SEQUENCES: string[][] = SOURCE_RULES.map((r) => r.tokens.map(foldWord));
