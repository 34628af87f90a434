/**
 * The Persian (and Dari) rules of the quotation core, as data (grammar.ts
 * says what each field means). Persian puts the verb last: the speaker is
 * the first phrase of the verb's clause ("نوروزی با بیان اینکه …، تأکید
 * کرد: «…»"), often with a title in apposition ("حمیدرضا نوروزی، مدیرعامل
 * …، گفت"). Every rule gives examples from at least two corpus pages.
 */
import type { Grammar, SpeechRule } from './grammar';

export const PERSIAN_SPEECH: SpeechRule[] = [
  {
    kind: 'verb',
    forms: ['گفت', 'گفته است', 'گفته بود', 'گفته‌اند', 'گفتند', 'می‌گوید', 'می‌گویند'],
    genders: '---pp-p',
    why: 'The commonest speech verb, past, perfect ("گفته است", VOA Dari) and present ("ناصری می‌گوید", BBC Persian).',
    examples: [
      { html: '<p>علی‌اکبر رحیمی، کارشناس بازار سرمایه، در گفت‌وگو با خبرنگار سپهر گفت: «بازگشت نقدینگی شکننده است.»</p>', speaker: 'علی‌اکبر رحیمی', role: 'کارشناس بازار سرمایه', source: 'corpus/fa-sepehr-weekly-markets-review' },
      { html: '<p>ناصری می‌گوید: «تنها راه، کاهش جدی برداشت است.»</p>', speaker: 'ناصری', source: 'corpus/fa-simorgh-isfahan-subsidence' },
      { html: '<p>دفتر کریم خان با نشر بیانیه‌ای گفته است که رهبران طالبان "مسوولیت جنایی" را به دوش دارند.</p>', speaker: 'دفتر کریم خان', source: 'nlp-article-extractor/darivoa-icc-taliban-arrest-warrants' },
    ],
  },
  {
    kind: 'verb',
    forms: ['افزود', 'افزوده است', 'می‌افزاید', 'اضافه کرد', 'ادامه داد'],
    why: 'Continues a speaker, usually after a pronoun: "وی افزود: «…»" (agency copy), "او همچنین افزود که" (VOA Dari).',
    examples: [
      { html: '<p>حمیدرضا نوروزی گفت که آب کم است.</p><p>وی افزود: «کاهش فشار اعمال می‌شود.»</p>', speaker: 'حمیدرضا نوروزی', inferred: true, source: 'corpus/fa-pana-tehran-night-water-pressure' },
      { html: '<p>علی‌اکبر رحیمی گفت که بازار شکننده است.</p><p>او افزود: «شاخص تثبیت می‌شود.»</p>', speaker: 'علی‌اکبر رحیمی', inferred: true, source: 'corpus/fa-sepehr-weekly-markets-review' },
    ],
  },
  {
    kind: 'verb',
    forms: ['تأکید کرد', 'تأکید کرده است', 'اظهار داشت', 'اظهار کرد', 'خاطرنشان ساخت', 'خاطرنشان کرد', 'تصریح کرد', 'ابراز داشت', 'بیان کرد', 'بیان داشت', 'توضیح داد', 'یادآور شد', 'عنوان کرد'],
    why: 'Compound verbs of statement (folded, so تأکید and تاکید are one), verb last ("نوروزی خاطرنشان ساخت:", "مارتا لیندکویست … ابراز داشت:").',
    examples: [
      { html: '<p>نوروزی با بیان اینکه این اقدام جیره‌بندی نیست، تأکید کرد: «هیچ منطقه‌ای قطع نمی‌شود.»</p>', speaker: 'نوروزی', source: 'corpus/fa-pana-tehran-night-water-pressure' },
      { html: '<p>مهدی کریمی‌نژاد، نایب‌رئیس اتحادیه مشاوران املاک تهران، با اشاره به این وضعیت تأکید کرد: «رونقی در کار نیست.»</p>', speaker: 'مهدی کریمی‌نژاد', role: 'نایب‌رئیس اتحادیه مشاوران املاک تهران', source: 'corpus/fa-sepehr-weekly-markets-review' },
      { html: '<p>مارتا لیندکویست، نمایندهٔ این دفتر در کابل، ابراز داشت: «بودجه لازم است.»</p>', speaker: 'مارتا لیندکویست', source: 'corpus/prs-voa-returnees-winter-shelter' },
    ],
  },
  {
    kind: 'verb',
    forms: ['اعلام کرد', 'اعلام کرده است', 'اعلام کردند', 'نوشته است', 'نوشت', 'نگاشته است', 'نگاشت', 'هشدار داد', 'هشدار داده است', 'خواسته است', 'خواسته‌اند', 'خبر داد'],
    genders: '--p---------',
    why: 'Institutions and posts speak by announcing and writing: "بانک مرکزی در اطلاعیه‌ای اعلام کرد:" (Tasnim-like), "سازمان نقشه‌برداری کشور … نوشته است:" (BBC Persian), "بنیت … نگاشته است:" (VOA Dari); "هشدار داد", "خواسته است" (asked) report words too.',
    examples: [
      { html: '<p>بانک مرکزی در اطلاعیه‌ای اعلام کرد: «عرضه ارز ادامه خواهد یافت.»</p>', speaker: 'بانک مرکزی', source: 'corpus/fa-sepehr-weekly-markets-review' },
      { html: '<p>سازمان نقشه‌برداری کشور در تازه‌ترین گزارش خود که هفته گذشته منتشر شد، نوشته است: «نرخ فرونشست دو برابر شده است.»</p>', speaker: 'سازمان نقشه‌برداری کشور', source: 'corpus/fa-simorgh-isfahan-subsidence' },
      { html: '<p>دیدبان حقوق بشر از حکومت‌ها خواسته است تا از این "کار حیاتی محکمه" حمایت کنند.</p>', speaker: 'دیدبان حقوق بشر', source: 'nlp-article-extractor/darivoa-icc-taliban-arrest-warrants' },
    ],
  },
  {
    kind: 'source',
    forms: ['به گفته', 'به گفته‌ی', 'به نقل از', 'از قول'],
    why: '"به گفته‌ی X، «…»": X said it (agency copy); "به گفتهٔ وی، «…»" takes the speaker named before (VOA Dari).',
    examples: [
      { html: '<p>به گفته‌ی مریم صالحی، عضو هیئت علمی دانشکده محیط زیست، «کاهش فشار کوتاه‌مدت است».</p>', speaker: 'مریم صالحی', role: 'عضو هیئت علمی دانشکده محیط زیست', source: 'corpus/fa-pana-tehran-night-water-pressure' },
      { html: '<p>گل‌احمد گفت که کار ندارد.</p><p>به گفتهٔ وی، "کمک‌ها کافی نبود."</p>', speaker: 'گل‌احمد', inferred: true, source: 'corpus/prs-voa-returnees-winter-shelter' },
    ],
  },
];

export const PERSIAN: Grammar = {
  lang: 'fa',
  subject: 'before',
  speech: PERSIAN_SPEECH,
  stops: [
    'در', 'با', 'از', 'به', 'برای', 'بر', 'روز', 'امروز', 'دیروز', 'امشب', 'نیز', 'هم', 'همچنین', 'که', 'طی', 'ضمن', 'پس', 'پیش', 'قبل', 'بعد',
    'درباره', 'هنگام', 'اما', 'ولی', 'تا', 'را', 'هفته', 'ماه', 'سال', 'صبح', 'شب', 'عصر', 'اکنون', 'پیشتر', 'همواره', 'بارها', 'بار',
  ],
  clauseOpeners: ['آنکه', 'هنگامی‌که', 'وقتی', 'درحالیکه', 'درحالی‌که', 'زمانی‌که'],
  leadIns: ['به گزارش …', 'به نوشته …', 'بر اساس …', 'اما', 'همچنین', 'در همین حال', 'از سوی دیگر', 'در ادامه', 'پیش از این'],
  markers: [],
  adjacentMarkers: [],
  clauseEnders: ['است', 'نیست', 'بود', 'شد', 'شود', 'شده', 'کرد', 'کرده', 'کند', 'دارد', 'داشت', 'باشد', 'بودند', 'شدند', 'کردند', 'اند', 'دارند', 'گرفت', 'رسید'],
  pronouns: { او: '', وی: '', آنها: 'p', آن‌ها: 'p', ایشان: '' },
  demonstratives: ['این', 'آن'],
  names: 'after-honorific',
  titles: [
    'مدیرعامل', 'رئیس', 'رییس', 'سخنگو', 'سخنگوی', 'وزیر', 'معاون', 'نماینده', 'نمایندهٔ', 'کارشناس', 'استاد', 'عضو', 'دبیر', 'فرمانده', 'مشاور',
    'مدیر', 'سرپرست', 'نایب‌رئیس', 'استاندار', 'شهردار', 'قاضی', 'سفیر', 'رهبر', 'پژوهشگر', 'ساکن', 'گزارشگر', 'سارنوال', 'یکی', 'فعال', 'متخصص',
  ],
  honorifics: ['دکتر', 'مهندس', 'آقای', 'خانم', 'سید', 'حاج'],
  termBefore: [
    'طرح', 'برنامه', 'پروژه', 'هشتگ', 'کارزار', 'کمپین', 'روزنامه', 'خبرگزاری', 'سایت', 'شبکه', 'کتاب', 'فیلم', 'سریال', 'عملیات', 'جنبش', 'شعار',
    'عنوان', 'گزارش', 'نشریه', 'مجله', 'پویش', 'قانون', 'لایحه', 'چوکات', 'جشنواره', 'پروژهٔ', 'طرحِ',
  ],
  termAfter: [],
  particles: [],
  notSpeakers: ['فوری', 'خبر', 'عکس', 'ویدئو', 'ویدیو'],
  complements: [],
  orgNouns: ['سازمان', 'شرکت', 'وزارت', 'اداره', 'دانشگاه', 'بانک', 'دفتر', 'نهاد', 'اتحادیه', 'کمیسیون', 'شورای', 'شورا', 'دیدبان', 'کمیشنری', 'اتاق'],
  eventNouns: [],
  roleWords: ['یکی'],
  complementTitles: [],
  sideWords: [],
  topicOpeners: [],
  fillers: [],
};
