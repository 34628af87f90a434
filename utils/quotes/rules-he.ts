/**
 * The Hebrew rules of the quotation core, as data (grammar.ts says what each
 * field means). The subject stands before the verb ("שירן כהן, תושבת
 * השכונה, אמרה:") or after it once the quotation is given ('"…", אמר דובר
 * …, רפי אלון'); an institution speaks through an impersonal plural
 * ("בעיריית קריית אתא מסרו") or a passive ("נמסר מהמשרד"). Abbreviations
 * with ״ or " inside a word (צה״ל, מד"א) are words, never marks (marks.ts).
 * Every rule gives examples from at least two corpus pages.
 */
import type { Grammar, SpeechRule } from './grammar';

export const HEBREW_SPEECH: SpeechRule[] = [
  {
    kind: 'verb',
    forms: [
      'אמר', 'אמרה', 'אמרו', 'הוסיף', 'הוסיפה', 'הוסיפו', 'סיפר', 'סיפרה', 'סיפרו', 'מסר', 'מסרה', 'מסרו', 'הזהיר', 'הזהירה', 'הזהירו',
      'דיווח', 'דיווחה', 'דיווחו', 'הודיע', 'הודיעה', 'הודיעו', 'הסביר', 'הסבירה', 'ציין', 'ציינה', 'הדגיש', 'הדגישה', 'טען', 'טענה', 'כתב', 'כתבה',
    ],
    genders: 'mfpmfpmfpmfpmfpmfpmfpmfmfmfmfmf',
    drops: 'בלמ',
    why: 'Speech verbs in the three forms; the subject before ("הפראמדיק יואב שטרן סיפר:", Ynet-like; "פראמדיק מד"א אלון גבאי מסר:", Walla-like) or after ("סיפרה מיכל", Haaretz-like; \'"…", אמר דובר …\', Ynet-like). An institution speaks through a plural with ב ("בעיריית קריית אתא מסרו", Ynet-like): a speaker never starts with a joined preposition, as in Arabic "وفقا للوزير".',
    examples: [
      { html: '<p>שירן כהן, תושבת השכונה, אמרה: "המים נכנסו לבית".</p>', speaker: 'שירן כהן', role: 'תושבת השכונה', source: 'corpus/he-ynetlike-north-storm-flooding' },
      { html: '<p>עו"ד אורי שגיא, המייצג ארגוני שוכרים, הוסיף: ״החוק אינו נאכף.״</p>', speaker: 'אורי שגיא', source: 'corpus/he-mabat-rent-report' },
      { html: '<p>"עברנו שלוש דירות", סיפרה מיכל, 31, שגרה בגבעתיים.</p>', speaker: 'מיכל', source: 'corpus/he-mabat-rent-report' },
      { html: '<p>פראמדיק מד"א אלון גבאי מסר: "הענקנו לו טיפול".</p>', speaker: 'אלון גבאי', role: 'פראמדיק מד"א', source: 'corpus/he-wallalike-road6-crash-flash' },
      { html: '<p>בעיריית קריית אתא מסרו בתגובה: "נפעל לקבלת תקציב".</p>', speaker: 'עיריית קריית אתא', source: 'corpus/he-ynetlike-north-storm-flooding' },
    ],
  },
  {
    kind: 'verb',
    forms: ['נמסר'],
    subject: 'after',
    drops: 'מב',
    why: 'The impersonal passive "נמסר מ-X" (it was conveyed from X) after a quotation names the institution that issued it; the joined מ is not part of the name, and a bare "המשרד" / "הרשות" is the full name given before ("במשרד הבינוי והשיכון דחו …").',
    examples: [
      { html: '<p>לפי המכון הגיאופיזי, המוקד היה בעמק החולה. "מדובר ברעידה קלה יחסית", נמסר מהמכון הגיאופיזי.</p>', speaker: 'המכון הגיאופיזי', source: 'corpus/he-achshav-flash-north-quake' },
      { html: '<p>במשרד הבינוי והשיכון דחו את מסקנות הדו"ח. "הנתונים שהוצגו חלקיים", נמסר מהמשרד.</p>', speaker: 'משרד הבינוי והשיכון', inferred: true, source: 'corpus/he-mabat-rent-report' },
      { html: '<p>ברשות העתיקות מסרו כי בכוונתם להעתיק את הפסיפס. "השילוב בין פיתוח לשימור הוא האתגר", נמסר מהרשות.</p>', speaker: 'רשות העתיקות', inferred: true, source: 'corpus/he-netnews-beit-shemesh-mosaic' },
    ],
  },
  {
    kind: 'source',
    forms: ['לדברי', 'על פי', 'לדבריו', 'לדבריה', 'לדבריהם'],
    genders: '--mfp',
    why: '"לדברי X, "…"": X said it (Ynet-like "לדברי מפקד מחוז חיפה …, אל"מ עמית בר,", Haaretz-like "לדברי ברגר,"); "לדבריו" (by his words) names nobody: the last man named.',
    examples: [
      { html: '<p>לדברי מפקד מחוז חיפה בפיקוד העורף, אל"מ עמית בר, "כוחות צה״ל הגיעו לשכונה".</p>', speaker: 'עמית בר', source: 'corpus/he-ynetlike-north-storm-flooding' },
      { html: '<p>לדברי ברגר, "הקצב מתון יותר".</p>', speaker: 'ברגר', source: 'corpus/he-mabat-rent-report' },
      { html: '<p>עו"ד אורי שגיא הוסיף כי החוק אינו נאכף.</p><p>לדבריו, "המדינה צריכה לקבוע תקרה".</p>', speaker: 'אורי שגיא', role: 'עו"ד', inferred: true, source: 'corpus/he-mabat-rent-report' },
    ],
  },
];

export const HEBREW: Grammar = {
  lang: 'he',
  subject: 'either',
  speech: HEBREW_SPEECH,
  stops: ['כי', 'היום', 'אתמול', 'גם', 'על', 'אל', 'עם', 'את', 'בתגובה', 'במהלך', 'לאחר', 'אחרי', 'לפני', 'כאשר', 'אך', 'אבל', 'הבוקר', 'הערב', 'בשיחה', 'בראיון', 'בהודעה', 'ש', 'כש', 'אשר', 'לא', 'רק'],
  clauseOpeners: ['כי', 'אך', 'אבל', 'כאשר'],
  leadIns: [],
  markers: [],
  adjacentMarkers: [],
  clauseEnders: [],
  pronouns: { הוא: 'm', היא: 'f', הם: 'p', הן: 'p' },
  demonstratives: [],
  names: 'after-title',
  titles: [
    'דובר', 'דוברת', 'ראש', 'יו"ר', 'מנכ"ל', 'מנכ"לית', 'שר', 'שרת', 'ח"כ', 'חבר', 'חברת', 'מפקד', 'מפקדת', 'פראמדיק', 'חובש', 'חובשת', 'תושב', 'תושבת',
    'מנהל', 'מנהלת', 'סגן', 'סגנית', 'נציג', 'נציגת', 'מומחה', 'מומחית', 'חוקר', 'חוקרת', 'עורך', 'עורכת',
  ],
  honorifics: ["פרופ'", 'ד"ר', 'עו"ד', 'אל"מ', 'רס"ן', 'תא"ל', 'סא"ל', 'רב', 'הרב', 'מר', "גב'", 'רו"ח'],
  termBefore: ['תוכנית', 'תכנית', 'אפליקציית', 'אפליקציה', 'לאפליקציית', 'עיתון', 'אתר', 'מבצע', 'קמפיין', 'ארגון', 'תנועת', 'ספר', 'סרט', 'פרויקט', 'ל', 'מיזם'],
  termAfter: [],
  particles: [],
  notSpeakers: ['מבזק', 'עדכון'],
  complements: [],
  orgNouns: ['משרד', 'עיריית', 'שירות', 'המכון', 'מכון', 'חברת', 'ארגון', 'רשות', 'משטרת', 'פיקוד', 'מועצת'],
  eventNouns: [],
  roleWords: [],
  complementTitles: ['פראמדיק', 'דובר', 'דוברת', 'מפקד', 'ראש', 'מנהל', 'מנהלת', 'חבר', 'חברת'],
  sideWords: [],
  topicOpeners: [],
  fillers: [],
};
