/**
 * Subjects that stand before their speech word: the clause's first noun
 * phrase in Persian and Hebrew ("نوروزی با بیان اینکه …، تأکید کرد",
 * "שירן כהן, תושבת השכונה, אמרה"), the phrase before a marker in Urdu ("X
 * نے … کہا", "X کا کہنا تھا", "X کی جانب سے … کہا گیا"), the words before an
 * Arabic verb back to its clause ("ذكر التقرير أن الوزير قال"). Each looks at
 * most MAX_CLAUSE_WORDS tokens back.
 */
import { inSet, isTitle, phraseAfter, type Ctx, type IsSpeech, type Phrase, MAX_SPEAKER_WORDS } from './phrase';

/** Farthest back a clause's subject is looked for, in tokens. */
export const MAX_CLAUSE_WORDS = 40;

const isComma = (c: Ctx, k: number) => c.tokens[k].kind === 'punct' && (c.tokens[k].form === '،' || c.tokens[k].form === ',');

/** The first token of a clause starting at `from` once lead-ins ("به گزارش خبرگزاری پانا،", "دوسری جانب") are skipped. */
function skipLeadIns(c: Ctx, from: number, limit: number): number {
  const { tokens, g } = c;
  for (let guard = 0; guard < 3 && from < limit; guard++) {
    const t = tokens[from];
    if (t.kind !== 'word') return from;
    const m = g.leadIns.match(t.form, (k) => (tokens[from + k]?.kind === 'word' ? tokens[from + k].form : null));
    if (!m) return from;
    let k = from + m.length;
    // A lead-in ending a phrase ("به گزارش"): its phrase runs to the comma.
    if (k < limit && tokens[k].kind === 'word' && m.value) {
      while (k < limit && k - from < 8 && !isComma(c, k)) k++;
    }
    while (k < limit && isComma(c, k)) k++;
    from = k;
  }
  return from;
}

/** A phrase from `from` that ends before the verb at `verb`, or null. */
function phraseFrom(c: Ctx, from: number, verb: number, isSpeech: IsSpeech): Phrase | null {
  from = skipLeadIns(c, from, verb);
  if (from >= verb || c.tokens[from].kind !== 'word') return null;
  const p = phraseAfter(c, from, true, isSpeech);
  return p.status === 'found' && p.last < verb ? p : null;
}

/**
 * The subject of a verb at `verb` in Persian or Hebrew word order: the first
 * phrase of its clause. A clause starts at the sentence (`sentence`), after a
 * clause opener (آنکه), a quotation, another speech word, or a comma after a
 * finite verb ("…منتشر شود، گفت"); a clause that starts with no phrase (a
 * preposition: "…، به بی‌بی‌سی فارسی گفت") hands over to the one before it.
 */
export function clauseSubject(c: Ctx, verb: number, sentence: number, isSpeech: IsSpeech): Phrase | null {
  const { tokens, g } = c;
  const lowest = Math.max(sentence, verb - MAX_CLAUSE_WORDS);
  for (let b = verb - 1; b >= lowest - 1; b--) {
    if (b >= lowest) {
      const t = tokens[b];
      const boundary =
        t.kind === 'quote' ||
        t.kind === 'break' ||
        (t.kind === 'word' && (inSet(c, g.clauseOpeners, t.form) || isSpeech(b))) ||
        (isComma(c, b) && b > 0 && tokens[b - 1].kind === 'word' && inSet(c, g.clauseEnders, tokens[b - 1].form));
      if (!boundary) continue;
    }
    const p = phraseFrom(c, b + 1, verb, isSpeech);
    if (p) return p;
    if (b >= lowest && (tokens[b].kind === 'quote' || tokens[b].kind === 'break' || (tokens[b].kind === 'word' && isSpeech(b)))) return null;
  }
  return null;
}

/**
 * Urdu: the phrase right before a subject marker in the verb's clause ("X نے",
 * "X کی جانب سے"), or before کا right before the verb ("X کا کہنا").
 */
export function markerSubject(c: Ctx, verb: number, sentence: number): Phrase | null {
  const { tokens, g } = c;
  const lowest = Math.max(sentence, verb - MAX_CLAUSE_WORDS);
  const at = (k: number) => (k < tokens.length && tokens[k].kind === 'word' ? tokens[k].form : null);
  for (let m = verb - 1; m >= lowest; m--) {
    const t = tokens[m];
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && (isComma(c, m) || ':.!?؟۔'.includes(t.form))) return null;
      continue;
    }
    if (inSet(c, g.clauseOpeners, t.form)) return null;
    const marker = g.markers.match(t.form, (k) => at(m + k));
    const adjacent = m + 1 === verb && g.adjacentMarkers.has(t.form);
    if ((!marker || m + marker.length > verb) && !adjacent) continue;
    // The phrase before the marker, back to a stop, punctuation or the clause's start.
    let first = m;
    while (first - 1 >= lowest && m - first < MAX_SPEAKER_WORDS + 2 && tokens[first - 1].kind === 'word' && !inSet(c, g.stops, tokens[first - 1].form) && !inSet(c, g.clauseOpeners, tokens[first - 1].form)) first--;
    first = skipLeadIns(c, first, m);
    if (first >= m) return null;
    return { first, last: m - 1, status: 'found', stop: m };
  }
  return null;
}

/**
 * The words right before token `i` back to the clause's start, a punctuation
 * mark or one of `openers`: a subject before its verb ("ذكر التقرير أن
 * الوزير قال …", "أما الرئيس فقال", the latter with `mustOpen`) or a name
 * before a colon ("الوزير: «…»"). Null when there is none.
 */
export function wordsBefore(c: Ctx, i: number, clause: number, openers: Set<string> | null, mustOpen: boolean, isSpeech: IsSpeech): Phrase | null {
  const { tokens, g } = c;
  let k = i - 1;
  let opened = false;
  /** A preposition inside the phrase: "خبراء في الشؤون الاقتصادية يرون" holds only after a title. */
  let complement = false;
  for (; k >= clause && i - 1 - k <= MAX_SPEAKER_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (openers && inSet(c, openers, t.form)) {
      opened = true;
      break;
    }
    if (g.complements.has(t.form) && k > clause && k < i - 1 && tokens[k - 1].kind === 'word') {
      complement = true;
      continue;
    }
    if (inSet(c, g.stops, t.form) || isSpeech(k)) return null;
  }
  if (k === i - 1 || i - 1 - k > MAX_SPEAKER_WORDS || (mustOpen && !opened)) return null;
  if (k + 1 === i - 1 && g.notSpeakers.has(tokens[i - 1].form)) return null;
  const head = tokens[k + 1].form;
  if (complement && !isTitle(c, head) && !inSet(c, g.orgNouns, head)) return null;
  return { first: k + 1, last: i - 1, status: 'found', stop: i };
}

/**
 * "أما سامي، فيقول …", "أما فوزي، فيختم حديثه بنبرة متشائمة: «…»": a topic
 * opener at the clause's start, its phrase up to a comma, then a word with
 * ف before token `i`: the topic is who speaks in the clause (Atheer-like,
 * Mustaqil-like pages). Null when the clause has no such topic.
 */
export function topicBefore(c: Ctx, i: number, clause: number): Phrase | null {
  const { tokens, g } = c;
  const open = tokens[clause];
  if (!open || open.kind !== 'word' || !inSet(c, g.topicOpeners, open.form)) return null;
  let k = clause + 1;
  while (k < i && tokens[k].kind === 'word' && k - clause <= MAX_SPEAKER_WORDS) k++;
  const after = tokens[k + 1];
  if (k === clause + 1 || k + 1 > i || !isComma(c, k) || after?.kind !== 'word' || after.form[0] !== 'ف') return null;
  return { first: clause + 1, last: k - 1, status: 'found', stop: k };
}
