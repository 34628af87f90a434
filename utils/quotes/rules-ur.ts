/**
 * The Urdu rules of the quotation core, as data (grammar.ts says what each
 * field means). Urdu marks its subject and puts the verb last: "X نے … کہا
 * کہ"، "X نے بتایا:"، "X کا کہنا تھا کہ"، "X کی جانب سے … کہا گیا"; the
 * speaker is the phrase before the marker. Every rule gives examples from at
 * least two corpus pages.
 */
import type { Grammar, SpeechRule } from './grammar';

export const URDU_SPEECH: SpeechRule[] = [
  {
    kind: 'verb',
    forms: ['کہا', 'کہی', 'بتایا', 'اعلان کیا', 'واضح کیا', 'زور دیا'],
    why: '"X نے … کہا کہ" (Jang-like, BBC Urdu), "X نے بتایا:" (Jang-like, BBC Urdu): the ergative نے follows the speaker; "کہا گیا" (passive) after "X کی جانب سے".',
    examples: [
      { html: '<p>کسان اتحاد کے مرکزی صدر چوہدری خالد حسین باجوہ نے مظاہرین سے خطاب کرتے ہوئے کہا کہ "قیمتیں دگنی ہو چکی ہیں۔"</p>', speaker: 'خالد حسین باجوہ', role: 'کسان اتحاد کے مرکزی صدر چوہدری', source: 'corpus/ur-awaz-wheat-price-protest' },
      { html: '<p>ادارے کے ترجمان عمران صدیقی نے کہا کہ ’فراہمی متاثر ہوئی ہے۔‘</p>', speaker: 'عمران صدیقی', role: 'ادارے کے ترجمان', source: 'corpus/ur-simorgh-karachi-water-tankers' },
      { html: '<p>آبی امور کے ماہر ڈاکٹر نعمان علی نے بی بی سی کو بتایا کہ “یہ منصوبہ تاخیر کا شکار ہے۔”</p>', speaker: 'نعمان علی', role: 'آبی امور کے ماہر ڈاکٹر', source: 'corpus/ur-simorgh-karachi-water-tankers' },
      { html: '<p>محکمہ زراعت پنجاب کی جانب سے جاری اعلامیے میں کہا گیا ہے کہ "ہدف مقرر کیا گیا ہے۔"</p>', speaker: 'محکمہ زراعت پنجاب', source: 'corpus/ur-awaz-wheat-price-protest' },
    ],
  },
  {
    kind: 'verb',
    forms: ['کہنا', 'بیان'],
    why: '"X کا کہنا تھا/ہے کہ" (Jang-like, BBC Urdu), "X کا بیان سامنے آیا کہ" (UrduPoint): the possessive کا right before the speech noun follows the speaker.',
    examples: [
      { html: '<p>عمران صدیقی نے کہا کہ فراہمی متاثر ہوئی۔</p><p>ان کا کہنا تھا کہ ’کارروائی تیز کر دی ہے۔‘</p>', speaker: 'عمران صدیقی', inferred: true, source: 'corpus/ur-simorgh-karachi-water-tankers' },
      { html: '<p>خالد حسین باجوہ نے کہا کہ قیمتیں زیادہ ہیں۔</p><p>ان کا کہنا تھا کہ "ہم دھرنا دیں گے۔"</p>', speaker: 'خالد حسین باجوہ', inferred: true, source: 'corpus/ur-awaz-wheat-price-protest' },
      { html: '<p>تنظیم ’کراچی بچاؤ تحریک‘ کے رہنما فرحان احمد کا کہنا ہے کہ ’یہ قلت مصنوعی ہے۔‘</p>', speaker: 'فرحان احمد', role: 'تنظیم ’کراچی بچاؤ تحریک‘ کے رہنما', source: 'corpus/ur-simorgh-karachi-water-tankers' },
    ],
  },
];

export const URDU: Grammar = {
  lang: 'ur',
  subject: 'before',
  speech: URDU_SPEECH,
  stops: ['میں', 'سے', 'پر', 'کو', 'بعد', 'نے', 'کہ', 'اور', 'بھی', 'تو', 'جبکہ', 'مگر', 'لیکن', 'جو', 'جس', 'ہی', 'تک', 'لیے', 'دوران', 'بارے', 'ہے', 'تھا', 'گیا', 'آئے', 'والے', 'والی', 'والا'],
  clauseOpeners: ['کہ', 'جبکہ', 'جب', 'اگر'],
  leadIns: ['دوسری جانب', 'ادھر', 'تاہم', 'اس موقع پر', 'علاوہ ازیں'],
  markers: ['نے', 'کی جانب سے', 'کی طرف سے'],
  adjacentMarkers: ['کا'],
  clauseEnders: [],
  pronouns: { انہوں: '', انھوں: '', ان: '', اس: '', وہ: '', انہی: '' },
  demonstratives: [],
  names: 'after-last-title',
  titles: [
    'صدر', 'وزیر', 'وزیراعظم', 'وزیراعلیٰ', 'ترجمان', 'رہنما', 'ماہر', 'سربراہ', 'چیئرمین', 'سیکرٹری', 'مشیر', 'ڈائریکٹر', 'افسر', 'کمشنر', 'گورنر',
    'رکن', 'عہدیدار', 'اہلکار', 'نمائندے', 'نمائندہ', 'کاشتکار', 'رہائشی', 'شہری',
  ],
  honorifics: ['ڈاکٹر', 'چوہدری', 'چودھری', 'مولانا', 'سید', 'میاں', 'حاجی', 'پروفیسر', 'جناب', 'محترمہ'],
  termBefore: ['تنظیم', 'تحریک', 'منصوبہ', 'پروگرام', 'مہم', 'اخبار', 'کتاب', 'فلم', 'ایپ', 'سکیم', 'اسکیم', 'نعرہ', 'کتاب'],
  termAfter: ['منصوبے', 'منصوبہ', 'ڈیم', 'نعرے', 'نعرہ', 'پروگرام', 'سکیم', 'مہم', 'تحریک'],
  particles: ['کا', 'کی', 'کے'],
  notSpeakers: [],
  complements: [],
  orgNouns: ['محکمہ', 'وزارت', 'ادارے', 'ادارہ', 'تنظیم', 'کمیٹی', 'حکومت', 'اتحاد', 'ایسوسی', 'بینک'],
  eventNouns: [],
  roleWords: [],
  complementTitles: ['وزیر'],
  sideWords: [],
  topicOpeners: [],
  fillers: [],
};
