/**
 * What the attribution needs to know of a language, as data: its speech
 * words, where their subject stands, the words that end or open a phrase,
 * titles, pronouns. One `Grammar` a language (rules.ts for Arabic,
 * rules-fa.ts, rules-ur.ts, rules-he.ts); `grammarFor` compiles it once.
 */
import { countScripts, guessLanguage } from '../text/direction';
import { fold, foldSet, Sequences, type Gender, type Lang, type RuleExample } from './lexicon';

/**
 * How a speech word relates to the speaker:
 * - `verb`: a speech verb; its subject stands after it ("وقال بوتين"),
 *   before it in its clause ("نوروزی گفت", "שירן כהן אמרה"), or before a
 *   marker ("X نے کہا", "X کا کہنا تھا"); none there → inferred;
 * - `relay`: "نقل عن X": X is the speaker, not the reporter who relays;
 * - `participle`: never has a subject of its own ("قائلاً", "לדבריו") → inferred;
 * - `source`: the speaker is the noun phrase after it ("بحسب X", "به گفته‌ی X", "לדברי X").
 */
export type SpeechKind = 'verb' | 'relay' | 'participle' | 'source';

/** Where a verb's subject stands: after it, before it in its clause, or either (before when there is one). */
export type SubjectSide = 'after' | 'before' | 'either';

export interface SpeechRule {
  kind: SpeechKind;
  /** Forms as written, one or more words each ("تأکید کرد", "کا کہنا تھا"). */
  forms: string[];
  /** Gender or number of each form, one letter a form (m, f, p, or - for unknown); all unknown when left out. */
  genders?: string;
  /** Where the subject stands, when not where the language puts it (`Grammar.subject`). */
  subject?: SubjectSide;
  /** Prepositions joined to the subject's first word that are not part of it ("בעיריית … מסרו", "נמסר מהמשרד"). */
  drops?: string;
  /** Paragraphs the rule must attribute, and to whom (tests/unit/quotes/rules.test.ts runs them). */
  examples: RuleExample[];
  /** Why the rule exists. */
  why: string;
}

export interface Grammar {
  lang: Lang;
  /** Where a speech verb's subject stands in this language. */
  subject: SubjectSide;
  speech: SpeechRule[];
  /** Words that end a speaker's phrase: prepositions, conjunctions, time words, adverbs. */
  stops: string[];
  /** Words after which a new clause starts, looking back from a verb for its subject. */
  clauseOpeners: string[];
  /**
   * Words skipped at a clause's start ("اما", "دوسری جانب"); one ending in " …"
   * takes its phrase up to a comma along ("به گزارش … ،": "به گزارش خبرگزاری پانا،").
   */
  leadIns: string[];
  /** Words right after a subject that mark it (Urdu ergative نے, "کی جانب سے"). */
  markers: string[];
  /** Markers only right before the speech word: possessive کا before کہنا. */
  adjacentMarkers: string[];
  /** Finite verbs whose comma ends a clause ("…منتشر شود، گفت"). */
  clauseEnders: string[];
  /** Pronouns standing for a speaker: inferred, of this gender or number. */
  pronouns: Record<string, Gender>;
  /** Demonstratives: "این نهاد" stands for a speaker named just before, else it is the speaker as written. */
  demonstratives: string[];
  /**
   * Where a name stands in a phrase with a title: after the title that opens
   * it ("وزير الخارجية المصري سامح شكري", "הפראמדיק יואב שטרן"), after the
   * last title ("ادارے کے ترجمان عمران صدیقی"), or only after an honorific
   * (Persian: "رییس جمهور ایالات متحده" is a title through and through).
   */
  names: 'after-title' | 'after-last-title' | 'after-honorific';
  /** Titles and roles: the name comes after them ("وزیر", "ترجمان", "דובר"). */
  titles: string[];
  /** Honorifics before a name, left out of the speaker (دکتر, ڈاکٹر, چوہدری, פרופ׳). */
  honorifics: string[];
  /** Nouns that name a quoted term after them: طرح «…», תוכנית ׳…׳. */
  termBefore: string[];
  /** Nouns that name a quoted term before them: ’کے فور‘ منصوبے. */
  termAfter: string[];
  /** Genitive particles between a term and the noun after it ("…" کے نعرے). */
  particles: string[];
  /** Labels before a colon that are not speakers. */
  notSpeakers: string[];
  /** Prepositions that join a complement to a title: "مسؤول في الوزارة", "خبراء من الجامعة". */
  complements: string[];
  /** Nouns of organisations and places that head a chain: "مجلس إدارة الشركة", "بجامعة نواكشوط". */
  orgNouns: string[];
  /** Occasions, after which a preposition is no complement: "الوزير في مؤتمر صحفي". */
  eventNouns: string[];
  /** Words that open an apposition describing the name before them ("منى عبد الله، إحدى الزائرات،"). */
  roleWords: string[];
  /** Titles that take one word after them (not Arabic, which reads its definite article): "وزیر زراعت". */
  complementTitles: string[];
  /** "من جهته": the من goes with them, not with the name. */
  sideWords: string[];
  /** "أما الرئيس فقال": the topic named after them is the subject of a verb with ف. */
  topicOpeners: string[];
  /** Words skipped right after a source phrase: "وفقا لما صرح به الوزير". */
  fillers: string[];
}

/** What a speech form says: its kind, gender, where its subject stands, what to drop from it. */
export interface SpeechForm {
  kind: SpeechKind;
  gender: Gender;
  subject: SubjectSide;
  drops: string;
}

/** A grammar with its lists folded and its speech forms in a lookup. */
export interface Compiled {
  lang: Lang;
  subject: SubjectSide;
  speech: Sequences<SpeechForm>;
  stops: Set<string>;
  clauseOpeners: Set<string>;
  leadIns: Sequences<boolean>;
  markers: Sequences<boolean>;
  adjacentMarkers: Set<string>;
  clauseEnders: Set<string>;
  pronouns: Map<string, Gender>;
  demonstratives: Set<string>;
  names: Grammar['names'];
  titles: Set<string>;
  honorifics: Set<string>;
  termBefore: Set<string>;
  termAfter: Set<string>;
  particles: Set<string>;
  notSpeakers: Set<string>;
  complements: Set<string>;
  orgNouns: Set<string>;
  eventNouns: Set<string>;
  roleWords: Set<string>;
  complementTitles: Set<string>;
  sideWords: Set<string>;
  topicOpeners: Set<string>;
  fillers: Set<string>;
}

const GENDERS: Record<string, Gender> = { m: 'm', f: 'f', p: 'p' };

export function compile(g: Grammar): Compiled {
  const speech = new Sequences<SpeechForm>();
  for (const rule of g.speech) {
    rule.forms.forEach((form, i) => speech.add(form, { kind: rule.kind, gender: GENDERS[rule.genders?.[i] ?? '-'] ?? '', subject: rule.subject ?? g.subject, drops: rule.drops ?? '' }));
  }
  const sequences = (list: string[]) => {
    const s = new Sequences<boolean>();
    for (const form of list) s.add(form.replace(/\s*…$/, ''), form.endsWith('…'));
    return s;
  };
  return {
    lang: g.lang,
    subject: g.subject,
    speech,
    stops: foldSet(g.stops),
    clauseOpeners: foldSet(g.clauseOpeners),
    leadIns: sequences(g.leadIns),
    markers: sequences(g.markers),
    adjacentMarkers: foldSet(g.adjacentMarkers),
    clauseEnders: foldSet(g.clauseEnders),
    pronouns: new Map(Object.entries(g.pronouns).map(([w, gender]) => [fold(w), gender])),
    demonstratives: foldSet(g.demonstratives),
    names: g.names,
    titles: foldSet(g.titles),
    honorifics: foldSet(g.honorifics),
    termBefore: foldSet(g.termBefore),
    termAfter: foldSet(g.termAfter),
    particles: foldSet(g.particles),
    notSpeakers: foldSet(g.notSpeakers),
    complements: foldSet(g.complements),
    orgNouns: foldSet(g.orgNouns),
    eventNouns: foldSet(g.eventNouns),
    roleWords: foldSet(g.roleWords),
    complementTitles: foldSet(g.complementTitles),
    sideWords: foldSet(g.sideWords),
    topicOpeners: foldSet(g.topicOpeners),
    fillers: foldSet(g.fillers),
  };
}

/** The language whose grammar reads `text`: from its letters (Persian and Urdu letters, Hebrew), Arabic otherwise. */
export function languageOf(text: string): Lang {
  const lang = guessLanguage(countScripts(text));
  return lang === 'fa' || lang === 'ur' || lang === 'he' ? lang : 'ar';
}
