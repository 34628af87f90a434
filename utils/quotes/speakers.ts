/**
 * Speaker attribution for quotations already found. One pass over the
 * article's tokens (tokens.ts: a quotation is one token, so speech
 * verbs inside it are never read); each speech word looks at most
 * MAX_SPEAKER_WORDS words around it, and the last explicitly named speaker
 * is carried forward as state, so the whole pass is linear.
 *
 * Patterns, in the order they are tried for a quotation:
 * 1. a blockquote's <cite> or <footer>;
 * 2. the last speech word of the same sentence (or of a previous paragraph
 *    ending in a colon, for a quotation opening the next one):
 *    - its subject, up to a stop word, punctuation or the quotation, titles
 *      kept ("وقال زعيم الكرملين: “…”", "قال بوتين إن “…”"), with a name in
 *      apposition ("رئيس البعثة، الدكتور كريم عبد الحميد، إن");
 *    - else a subject before it ("ذكر التقرير أن الوزير قال: …", "أما
 *      الرئيس فقال: …");
 *    - for a source phrase, the name after it ("وبحسب X، فإن “…”");
 *    - for "نقل عن X", X;
 *    - no subject at all ("وأضاف: “…”", "وقال إن … “…”", "مضيفاً"): the
 *      last speaker named before, marked as inferred;
 * 3. a name right before a colon: "الوزير: «…»";
 * 4. a speech word or source phrase right after: "«…»، قال X", "«…» بحسب X";
 * otherwise the speaker is unknown ('').
 */
import {
  FILLER_SET, MAX_APPOSITION_WORDS, MAX_INTRO_DISTANCE, MAX_SPEAKER_WORDS, NOT_SPEAKER_SET, OPENER_SET, POST_QUOTE_JOINERS,
  ROLE_SET, SENTENCE_ENDS, SIDE_SET, SOURCE_SEQUENCES, SPEECH_FORMS, STOP_SET, TOPIC_SET, type SpeechKind,
} from './rules';
import { tokenize, type Paragraph, type QuoteSpan, type Token } from './tokens';

export interface Attribution {
  speaker: string;
  inferred: boolean;
}

/** The word without a leading conjunction و or ف, when something is left. */
const unprefixed = (f: string) => (f.length >= 3 && (f[0] === 'و' || f[0] === 'ف') ? f.slice(1) : '');
const inSet = (set: Set<string>, f: string) => set.has(f) || set.has(unprefixed(f));
const speechKind = (f: string) => SPEECH_FORMS.get(f) ?? SPEECH_FORMS.get(unprefixed(f));

/** "للوزير" → "الوزير", "لـالمصدر" → "المصدر", "لوزير" → "وزير". */
function dropLam(word: string): string {
  if (/^لـ+/.test(word)) return word.replace(/^لـ+/, '');
  if (word.startsWith('لل')) return 'ا' + word.slice(1);
  return word.slice(1);
}

interface Intro {
  kind: SpeechKind | 'source';
  /** Index of the first token after the speech word or source phrase. */
  next: number;
  /** The verb carries و or ف: it opens its own clause, no subject before it. */
  prefixed: boolean;
  /** The source's name starts inside the word at `next`, after a ل. */
  lam: boolean;
}

function matchIntro(tokens: Token[], i: number): Intro | null {
  const f = tokens[i].form;
  const direct = SPEECH_FORMS.get(f);
  const kind = direct ?? SPEECH_FORMS.get(unprefixed(f));
  if (kind) return { kind, next: i + 1, prefixed: !direct, lam: false };
  for (const seq of SOURCE_SEQUENCES) {
    if (seq[0] !== f && seq[0] !== unprefixed(f)) continue;
    let k = 1;
    for (; k < seq.length; k++) {
      const t = tokens[i + k];
      if (!t || t.kind !== 'word') break;
      if (seq[k] === 'ل' && t.form !== 'ل' && t.form.startsWith('ل') && k === seq.length - 1) {
        return { kind: 'source', next: i + k, prefixed: false, lam: true };
      }
      if (t.form !== seq[k]) break;
    }
    if (k === seq.length) return { kind: 'source', next: i + k, prefixed: false, lam: false };
  }
  return null;
}

interface Phrase {
  /** Token range of the name, or first > last when there is none. */
  first: number;
  last: number;
  /** 'unknown': too long, or ran into the paragraph's end without a stop. */
  status: 'found' | 'none' | 'unknown';
  /** Index of the token that ended the phrase. */
  stop: number;
}

/** The noun phrase starting at `from`: words up to a stop word, punctuation, a quotation or a speech word. */
function nounPhrase(tokens: Token[], from: number, allowEnd: boolean, lam: boolean): Phrase {
  let j = from;
  for (; j < tokens.length && j - from <= MAX_SPEAKER_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const f = lam && j === from ? dropLam(t.form) : t.form;
    if (inSet(STOP_SET, f) || speechKind(f)) break;
  }
  let last = j - 1;
  if (j - from > MAX_SPEAKER_WORDS) return { first: from, last, status: 'unknown', stop: j };
  const end = j >= tokens.length || tokens[j].kind === 'break';
  // "وقال من جهته": the من belongs to جهته.
  if (j < tokens.length && SIDE_SET.has(tokens[j].form) && last >= from && tokens[last].form === 'من') last--;
  if (last < from) return { first: from, last, status: 'none', stop: j };
  if (!end && isComma(tokens[j])) {
    // "رئيس البعثة، الدكتور كريم عبد الحميد، إن": a name in apposition, closed by a comma.
    let k = j + 1;
    while (k < tokens.length && tokens[k].kind === 'word' && k - j <= MAX_APPOSITION_WORDS && !inSet(STOP_SET, tokens[k].form) && !speechKind(tokens[k].form)) k++;
    if (k > j + 1 && k - j - 1 <= MAX_APPOSITION_WORDS && isComma(tokens[k]) && !ROLE_SET.has(tokens[j + 1].form)) return { first: from, last: k - 1, status: 'found', stop: k };
  }
  return { first: from, last, status: end && !allowEnd ? 'unknown' : 'found', stop: j };
}

const isComma = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && (t.form === '،' || t.form === ',');

/** Speaker of a speech word or source phrase at `i`; `skip` is the first token not consumed. */
function resolve(flat: string, tokens: Token[], i: number, intro: Intro, clause: number, allowEnd: boolean) {
  const text = (p: Phrase, lam: boolean) => {
    const first = tokens[p.first];
    const head = flat.slice(first.start, first.end);
    return (lam ? dropLam(head) : head) + flat.slice(first.end, tokens[p.last].end);
  };
  if (intro.kind === 'participle') return { speaker: '', skip: intro.next };
  if (intro.kind === 'source') {
    let from = intro.next;
    let lam = intro.lam;
    // "وفقا لما صرح به الوزير": skip the filler up to the name.
    while (from < tokens.length && tokens[from].kind === 'word' && FILLER_SET.has(lam ? dropLam(tokens[from].form) : tokens[from].form)) {
      from++;
      lam = false;
    }
    const p = nounPhrase(tokens, from, true, lam);
    return { speaker: p.status === 'found' ? text(p, lam) : '', skip: Math.max(from, p.last + 1) };
  }
  const p = nounPhrase(tokens, intro.next, allowEnd, false);
  if (intro.kind === 'relay' && tokens[p.stop]?.form === 'عن') {
    const source = nounPhrase(tokens, p.stop + 1, true, false);
    if (source.status === 'found') return { speaker: text(source, false), skip: source.last + 1 };
  }
  if (p.status === 'found') return { speaker: text(p, false), skip: p.last + 1 };
  if (p.status === 'none' && !intro.prefixed) return { speaker: nameBefore(flat, tokens, i, clause, OPENER_SET, false), skip: intro.next };
  // "أما الرئيس فقال": the topic is the subject.
  if (p.status === 'none' && tokens[i].form[0] === 'ف') return { speaker: nameBefore(flat, tokens, i, clause, TOPIC_SET, true), skip: intro.next };
  return { speaker: '', skip: intro.next };
}

/**
 * The words right before token `i` back to the clause's start, a punctuation
 * mark or one of `openers`: a subject before its verb ("ذكر التقرير أن
 * الوزير قال …", "أما الرئيس فقال", the latter with `mustOpen`) or a name
 * before a colon ("الوزير: «…»"). '' when there is none.
 */
function nameBefore(flat: string, tokens: Token[], i: number, clause: number, openers: Set<string> | null, mustOpen: boolean): string {
  let k = i - 1;
  let opened = false;
  for (; k >= clause && i - 1 - k <= MAX_SPEAKER_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (openers && inSet(openers, t.form)) {
      opened = true;
      break;
    }
    if (inSet(STOP_SET, t.form) || speechKind(t.form)) return '';
  }
  if (k === i - 1 || i - 1 - k > MAX_SPEAKER_WORDS || (mustOpen && !opened)) return '';
  if (k + 1 === i - 1 && NOT_SPEAKER_SET.has(tokens[i - 1].form)) return '';
  return flat.slice(tokens[k + 1].start, tokens[i - 1].end);
}

/**
 * Speaker of every quotation in `spans` (sorted, not overlapping), in the
 * same order; null for a span that is a quoted title, not a quotation.
 */
export function attributeSpeakers(flat: string, paragraphs: Paragraph[], spans: QuoteSpan[]): Array<Attribution | null> {
  const titles = new Set<number>();
  const tokens = tokenize(flat, paragraphs, spans, titles);
  const out: Array<Attribution | null> = spans.map((_, i) => (titles.has(i) ? null : { speaker: '', inferred: false }));
  let lastNamed = '';
  let clause = 0;
  /** The last speech word of the current sentence: its position and the speaker it names ('' for none). */
  let pending: { at: number; speaker: string } | null = null;
  /** What a paragraph ending in a colon hands to a quotation opening the next one. */
  let carry: { speaker: string } | null = null;
  const explicit = (speaker: string): Attribution => {
    lastNamed = speaker;
    return { speaker, inferred: false };
  };
  const inferred = (): Attribution => ({ speaker: lastNamed, inferred: lastNamed !== '' });
  const isColon = (k: number) => k >= 0 && tokens[k].kind === 'punct' && tokens[k].form === ':';

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      const intro = matchIntro(tokens, i);
      if (!intro) continue;
      const r = resolve(flat, tokens, i, intro, clause, false);
      if (r.speaker) lastNamed = r.speaker;
      if (r.speaker || intro.kind !== 'source') pending = { at: i, speaker: r.speaker };
      i = r.skip - 1;
    } else if (t.kind === 'punct') {
      if (SENTENCE_ENDS.includes(t.form)) {
        clause = i + 1;
        pending = null;
      }
    } else if (t.kind === 'break') {
      carry = null;
      if (isColon(i - 1)) {
        if (pending && i - pending.at <= MAX_INTRO_DISTANCE) carry = { speaker: pending.speaker };
        else {
          const name = nameBefore(flat, tokens, i - 1, clause, null, false);
          if (name) carry = { speaker: name };
        }
      }
      clause = i + 1;
      pending = null;
    } else {
      const span = spans[t.quote];
      const before = i > 0 && tokens[i - 1].kind === 'break' ? carry : pending && i - pending.at <= MAX_INTRO_DISTANCE ? pending : null;
      let a: Attribution | null = null;
      if (span.cite) a = explicit(span.cite);
      else if (before) a = before.speaker ? explicit(before.speaker) : inferred();
      else if (isColon(i - 1)) {
        const name = nameBefore(flat, tokens, i - 1, clause, null, false);
        if (name) a = explicit(name);
      }
      if (!a) {
        // "«…»، قال X" / "«…» بحسب X": a speech word right after the quotation.
        let j = i + 1;
        while (j < tokens.length && tokens[j].kind === 'punct' && POST_QUOTE_JOINERS.includes(tokens[j].form)) j++;
        const intro = j < tokens.length && tokens[j].kind === 'word' ? matchIntro(tokens, j) : null;
        if (intro) {
          const r = resolve(flat, tokens, j, intro, j, true);
          if (r.speaker) a = explicit(r.speaker);
          else if (intro.kind !== 'source') a = inferred();
        }
      }
      out[t.quote] = a ?? { speaker: '', inferred: false };
    }
  }
  return out;
}
