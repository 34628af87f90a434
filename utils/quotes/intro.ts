/**
 * Speech words and what they say of their speaker: the forms of the
 * article's grammar matched at a token (one or more words, with a joined
 * و/ف/ו), and the speaker phrase each points to (phrase.ts, subject.ts).
 */
import { compile, languageOf, type Compiled, type SpeechKind, type SubjectSide } from './grammar';
import { GRAMMARS } from './grammars';
import type { Gender } from './lexicon';
import { dropLam, phraseAfter, unprefixed, type Ctx, type Phrase } from './phrase';
import { clauseSubject, markerSubject, topicBefore, wordsBefore } from './subject';
import type { Token } from './tokens';

const compiled = new Map<string, Compiled>();
/** The compiled grammar for an article's flat text. */
export function grammarOf(flat: string): Compiled {
  const lang = languageOf(flat);
  let g = compiled.get(lang);
  if (!g) compiled.set(lang, (g = compile(GRAMMARS[lang])));
  return g;
}

export interface Intro {
  kind: SpeechKind;
  gender: Gender;
  side: SubjectSide;
  /** Index of the first token after the speech word or phrase. */
  next: number;
  /** The word carries و or ف: it opens its own clause, no subject before it. */
  prefixed: boolean;
  /** The source's name starts inside the word at `next`, after a ل. */
  lam: boolean;
  /** Prepositions joined to the subject's first word that are not part of it. */
  drops: string;
}

const wordAt = (tokens: Token[], k: number) => (k < tokens.length && tokens[k].kind === 'word' ? tokens[k].form : null);

/** The speech word or source phrase starting at token `i`, if any. */
export function matchIntro(c: Ctx, i: number): Intro | null {
  const { tokens, g } = c;
  const f = tokens[i].form;
  const at = (k: number) => wordAt(tokens, i + k);
  for (const [form, prefixed] of [[f, false], [unprefixed(c, f), true]] as const) {
    if (!form) continue;
    const m = g.speech.match(form, at);
    if (m) return { kind: m.value.kind, gender: m.value.gender, side: m.value.subject, next: i + m.length, prefixed: prefixed && m.value.kind === 'verb', lam: false, drops: m.value.drops };
    // "وفقا للوزير": a source ending in ل, joined to the name.
    const next = at(1);
    if (g.lang === 'ar' && next && next !== 'ل' && next.startsWith('ل')) {
      const lam = g.speech.match(form, (k) => (k === 1 ? 'ل' : at(k)));
      if (lam && lam.length === 2 && lam.value.kind === 'source') return { kind: 'source', gender: '', side: 'after', next: i + 1, prefixed: false, lam: true, drops: '' };
    }
  }
  return null;
}

/** What a speech word says of its speaker: named, a stand-in (pronoun, demonstrative) or nobody. */
export interface Resolved {
  phrase: Phrase | null;
  lam: boolean;
  /** A pronoun or bare verb: take the last speaker named (of this gender). */
  stand: boolean;
  /** A demonstrative phrase ("این نهاد"): the last speaker named if any, else as written. */
  demonstrative: boolean;
  skip: number;
  drops?: string;
}

/** Longest clause between commas after a speaker that qualifies them, in words. */
const MAX_QUALIFIER_WORDS = 9;

/**
 * Where reading goes on after a phrase: past a clause between commas that
 * qualifies the speaker ("مسؤول في شركة …، طلب عدم ذكر اسمه، إن"; the issue's
 * "مصدر مطلع، طلب عدم نشر اسمه"), so that a speech word inside it ("ذكر") is
 * not read as the quotation's verb.
 */
function qualified(c: Ctx, p: Phrase, isSpeech: (k: number) => boolean): number {
  const { tokens } = c;
  const comma = (t: Token | undefined) => t?.kind === 'punct' && (t.form === '،' || t.form === ',');
  // "وذكرت الوكالة، نقلا عن الوزير،": a clause that opens with a speech word is read.
  if (p.appos || !comma(tokens[p.stop]) || isSpeech(p.stop + 1)) return p.stop;
  for (let k = p.stop + 1; k < tokens.length && k - p.stop <= MAX_QUALIFIER_WORDS + 1; k++) {
    if (comma(tokens[k])) return k > p.stop + 1 ? k : p.stop;
    if (tokens[k].kind !== 'word') return p.stop;
  }
  return p.stop;
}

/** Speaker phrase of a speech word at `i` (see the top). */
export function resolve(c: Ctx, i: number, intro: Intro, clause: number, allowEnd: boolean, isSpeech: (k: number) => boolean): Resolved {
  const { tokens, g } = c;
  const none = (stand: boolean): Resolved => ({ phrase: null, lam: false, stand, demonstrative: false, skip: intro.next });
  const found = (p: Phrase, lam = false): Resolved => ({ ...classify(c, p, lam, Math.max(intro.next, qualified(c, p, isSpeech))), drops: intro.drops });
  if (intro.kind === 'participle') return none(true);
  if (intro.kind === 'source') {
    let from = intro.next;
    let lam = intro.lam;
    // "وفقا لما صرح به الوزير": skip the filler up to the name.
    while (from < tokens.length && tokens[from].kind === 'word' && g.fillers.has(lam ? dropLam(tokens[from].form) : tokens[from].form)) {
      from++;
      lam = false;
    }
    const p = phraseAfter(c, from, true, isSpeech, lam);
    // "לדבריו," (by his words): a source with a pronoun in it names the last speaker of its gender.
    return p.status === 'found' ? found(p, lam) : none(intro.gender !== '');
  }
  if (intro.side === 'before' || intro.side === 'either') {
    const p = g.markers.size ? markerSubject(c, i, clause) : clauseSubject(c, i, clause, isSpeech);
    if (p) return { ...found(p), skip: intro.next };
    if (intro.side === 'before') return none(true);
  }
  const p = phraseAfter(c, intro.next, allowEnd, isSpeech);
  if (intro.kind === 'relay' && tokens[p.stop]?.form === 'عن') {
    const source = phraseAfter(c, p.stop + 1, true, isSpeech);
    if (source.status === 'found') return found(source);
  }
  if (p.status === 'found') return found(p);
  if (p.status === 'none' && intro.side === 'after' && !intro.prefixed) {
    const before = wordsBefore(c, i, clause, g.clauseOpeners, false, isSpeech);
    return before ? { ...found(before), skip: intro.next } : none(true);
  }
  // "أما الرئيس فقال": the topic is the subject.
  if (p.status === 'none' && tokens[i].form[0] === 'ف') {
    const topic = topicBefore(c, i, clause) ?? wordsBefore(c, i, clause, g.topicOpeners, true, isSpeech);
    if (topic) return { ...found(topic), skip: intro.next };
  }
  return none(true);
}

/** A phrase that is a pronoun or a demonstrative stands for a speaker named before. */
function classify(c: Ctx, p: Phrase, lam: boolean, skip: number): Resolved {
  const { tokens, g } = c;
  const words = p.last - p.first + 1;
  if (words === 1 && !p.appos && g.pronouns.has(tokens[p.first].form)) return { phrase: null, lam, stand: true, demonstrative: false, skip };
  const demonstrative = words === 2 && !p.appos && g.demonstratives.has(tokens[p.first].form);
  return { phrase: p, lam, stand: false, demonstrative, skip };
}

