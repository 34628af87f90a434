/**
 * Speaker attribution for quotations already found. One pass over the
 * article's tokens (tokens.ts: a quotation is one token, so speech words
 * inside it are never read); each speech word looks a bounded number of
 * words around it, and the speakers named so far are kept in order, so the
 * pass is linear. The grammar is the article's language (grammar.ts).
 *
 * Patterns, in the order they are tried for a quotation:
 * 1. a blockquote's <cite> or <footer>;
 * 2. the last speech word of the same sentence (or of a previous paragraph
 *    ending in a colon, for a quotation opening the next one), and its
 *    subject: after it ("وقال بوتين"), before it in its clause ("نوروزی
 *    گفت", "שירן כהן אמרה"), before a marker ("X نے کہا"), after a source
 *    phrase ("بحسب X", "به گفته‌ی X", "לדברי X"), after "نقل عن";
 *    a title and a name in it give `role` and `speaker` (phrase.ts);
 * 3. a name right before a colon: "الوزير: «…»";
 * 4. a speech word right after: "«…»، قال X", '"…", אמר X'; and the second
 *    half of such a split quotation ('"…", אמר X. "…"') takes X too;
 * a speech word with no subject, a pronoun (وی، او، انھوں، לדבריו) or a
 * demonstrative ("این نهاد") takes the last speaker named of the same
 * gender and number, from the same or the previous paragraph, as inferred;
 * nobody there: no speaker, never a guess further back.
 */
import type { Compiled } from './grammar';
import { grammarOf, matchIntro, resolve, type Intro, type Resolved } from './intro';
import { fold, type Gender } from './lexicon';
import { expandDefinite, sideActor } from './corefer';
import { named, unprefixed, type Ctx, type Named } from './phrase';
import { MAX_INTRO_DISTANCE, POST_QUOTE_JOINERS, SENTENCE_ENDS } from './rules';
import { topicBefore, wordsBefore } from './subject';
import { tokenize, type Paragraph, type QuoteSpan } from './tokens';

export { grammarOf };

export interface Attribution extends Named {
  inferred: boolean;
  /** The span is a quoted title named by the noun beside it (مجلة «سيدتي»): a term. */
  title: boolean;
  /** A speech word, a source, a colon or a cite introduces the span: speech, even with nobody named. */
  introduced?: boolean;
}

interface Seen extends Named {
  gender: Gender;
  paragraph: number;
}

const agrees = (a: Gender, b: Gender) => !a || !b || a === b;
/** How many speakers back a surname is matched against full names (keeps a page of thousands linear). */
const MAX_NAMES_BACK = 50;

/**
 * Speaker of every quotation in `spans` (sorted, not overlapping), in the
 * same order; `title` for a span that is a quoted title, not a quotation.
 */
export function attributeSpeakers(flat: string, paragraphs: Paragraph[], spans: QuoteSpan[], g: Compiled = grammarOf(flat)): Attribution[] {
  const titles = new Set<number>();
  const tokens = tokenize(flat, paragraphs, spans, titles, {
    // "لجريدة «…»", "לאפליקציית ׳…׳": the noun may carry a joined preposition.
    before: (f) => g.termBefore.has(f) || (g.lang === 'ar' && /^[لبو]./.test(f) && g.termBefore.has(f.slice(1))) || (g.lang === 'he' && /^[לבהו]./.test(f) && g.termBefore.has(f.slice(1))),
    after: (f) => g.termAfter.has(f),
    particle: (f) => g.particles.has(f),
  });
  const c: Ctx = { flat, tokens, g };
  const intros = new Map<number, Intro | null>();
  const introAt = (k: number) => {
    if (k >= tokens.length || tokens[k].kind !== 'word') return null;
    if (!intros.has(k)) intros.set(k, matchIntro(c, k));
    return intros.get(k)!;
  };
  const isSpeech = (k: number) => introAt(k) !== null;
  const nobody = (title = false): Attribution => ({ speaker: '', role: '', inferred: false, title });
  const out: Attribution[] = spans.map((_, i) => nobody(titles.has(i)));

  const seen: Seen[] = [];
  let paragraph = 0;
  const standIn = (gender: Gender): Attribution => {
    for (let k = seen.length - 1; k >= 0 && seen[k].paragraph >= paragraph - 1; k--) {
      if (agrees(seen[k].gender, gender)) return { speaker: seen[k].speaker, role: seen[k].role, inferred: true, title: false };
    }
    return nobody();
  };
  /** The attribution a resolved speech word gives, and the speaker it names remembered. */
  /** "وأضاف الرشيدي" after "الدكتور مشاري الرشيدي": the surname of a speaker named before is that speaker (one group in the panel). */
  const fullName = (n: Named): Named => {
    if (n.role || n.speaker.includes(' ')) return n;
    const key = fold(n.speaker);
    for (let k = seen.length - 1; k >= Math.max(0, seen.length - MAX_NAMES_BACK); k--) {
      const words = seen[k].speaker.split(/\s+/);
      if (words.length > 1 && fold(words[words.length - 1]) === key) return { speaker: seen[k].speaker, role: seen[k].role };
    }
    return n;
  };
  /** First token of the current and of the previous paragraph. */
  const starts = [0, 0];
  const attribution = (r: Resolved, gender: Gender, at: number): Attribution => {
    if (r.stand || (r.demonstrative && standIn(gender).speaker)) return standIn(gender);
    if (!r.phrase) return nobody();
    const full = expandDefinite(c, r.phrase, at, starts[0]);
    const n = full ?? fullName(named(c, r.phrase, r.lam, r.drops));
    seen.push({ ...n, gender, paragraph });
    return { ...n, inferred: full !== null, title: false };
  };

  let clause = 0;
  /** The last speech word of the current sentence and what it gives. */
  let pending: { at: number; a: Attribution } | null = null;
  /** What a paragraph ending in a colon hands to a quotation opening the next one. */
  let carry: Attribution | null = null;
  /** After '"…", אמר X.': the token a second half must stand at, and X. */
  let split: { at: number; a: Attribution } | null = null;
  const isColon = (k: number) => k >= 0 && tokens[k].kind === 'punct' && tokens[k].form === ':';

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      const actor = sideActor(c, i);
      if (actor) seen.push({ speaker: actor.speaker, role: '', gender: actor.gender, paragraph });
      const intro = introAt(i);
      if (!intro) continue;
      const r = resolve(c, i, intro, clause, false, isSpeech);
      const a = attribution(r, intro.gender, i);
      if (a.speaker || intro.kind !== 'source') pending = { at: i, a };
      i = Math.max(i, r.skip - 1);
    } else if (t.kind === 'punct') {
      if (SENTENCE_ENDS.includes(t.form)) {
        clause = i + 1;
        pending = null;
      }
    } else if (t.kind === 'break') {
      carry = null;
      if (isColon(i - 1)) {
        if (pending && i - pending.at <= MAX_INTRO_DISTANCE) carry = pending.a;
        else {
          const p = topicBefore(c, i - 1, clause) ?? wordsBefore(c, i - 1, clause, null, false, isSpeech);
          if (p) carry = attribution({ phrase: p, lam: false, stand: false, demonstrative: false, skip: i }, '', i);
        }
      }
      clause = i + 1;
      pending = null;
      paragraph++;
      starts.shift();
      starts.push(i + 1);
    } else {
      const span = spans[t.quote];
      const before = i > 0 && tokens[i - 1].kind === 'break' ? carry : pending && i - pending.at <= MAX_INTRO_DISTANCE ? pending.a : null;
      let a: Attribution | null = null;
      if (span.cite) a = { speaker: span.cite, role: '', inferred: false, title: false };
      else if (split && split.at === i) a = split.a;
      else if (before) a = before;
      else if (isColon(i - 1)) {
        const p = topicBefore(c, i - 1, clause) ?? wordsBefore(c, i - 1, clause, null, false, isSpeech);
        if (p) a = attribution({ phrase: p, lam: false, stand: false, demonstrative: false, skip: i }, '', i);
      }
      if (!a) {
        // "«…»، قال X" / "«…» بحسب X": a speech word right after the quotation.
        let j = i + 1;
        while (j < tokens.length && tokens[j].kind === 'punct' && POST_QUOTE_JOINERS.includes(tokens[j].form)) j++;
        const intro = introAt(j);
        if (intro) {
          const r = resolve(c, j, { ...intro, side: intro.side === 'before' ? 'before' : 'after' }, j, true, isSpeech);
          a = attribution(r, intro.gender, j);
          if (a.speaker || intro.kind !== 'source') {
            const end = tokens[r.skip];
            if (a.speaker && end?.kind === 'punct' && SENTENCE_ENDS.includes(end.form) && tokens[r.skip + 1]?.kind === 'quote') split = { at: r.skip + 1, a };
          } else a = null;
        }
      }
      out[t.quote] = a ? { ...a, title: out[t.quote].title, introduced: true } : { ...nobody(out[t.quote].title), introduced: isColon(i - 1) };
    }
  }
  return out;
}

/**
 * Whether a quotation opening at `at` inside another that starts at `from`
 * is introduced there, as speech, by a colon or a speech word among the
 * three words before it ("قال لي موكلي “أنا بريء”"): then it is no term.
 */
export function introducedInside(flat: string, from: number, at: number, g: Compiled = grammarOf(flat)): boolean {
  const before = flat.slice(Math.max(from, at - 80), at);
  if (/:\s*$/.test(before)) return true;
  const c: Ctx = { flat, tokens: [], g };
  const words = before.split(/[.!?؟؛۔]/).pop()!.split(/\s+/).map((w) => fold(w.replace(/[^\p{L}\p{M}\u200c]/gu, ''))).filter(Boolean).slice(-3);
  return words.some((w) => [w, unprefixed(c, w)].some((f) => f && g.speech.match(f, () => null) !== null));
}
