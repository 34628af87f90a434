/**
 * Speaker phrases: where a speaker's words start and end around a speech
 * word, and how a title and a name in them are told apart. Works on the
 * tokens of tokens.ts with a compiled grammar (grammar.ts); every function
 * looks at most a few words around its start, so attribution stays linear.
 */
import type { Compiled } from './grammar';
import { fold } from './lexicon';
import type { Token } from './tokens';

/** What phrase finding reads: the flat text, its tokens, the grammar. */
export interface Ctx {
  flat: string;
  tokens: Token[];
  g: Compiled;
}

/** A speaker phrase: the main words, and a phrase in apposition between commas. */
export interface Phrase {
  /** Token range of the phrase, or first > last when there is none. */
  first: number;
  last: number;
  /** 'unknown': too long, or ran into the paragraph's end without a stop. */
  status: 'found' | 'none' | 'unknown';
  /** Index of the token that ended the phrase. */
  stop: number;
  /** "رئيس البعثة، الدكتور كريم عبد الحميد،": the apposition's token range. */
  appos?: [number, number];
  /** The apposition describes the name before it ("منى عبد الله، إحدى الزائرات،"): it is the role. */
  apposIsRole?: boolean;
}

/**
 * Longest speaker phrase kept, in words: "المتحدث باسم وزارة الخارجية الروسية
 * ماريا زاخاروفا" has 7, "الباحثة في مركز الدراسات الصحراوية بجامعة نواكشوط
 * خديجة بنت محمد فال" (Al Jazeera) 11.
 */
export const MAX_SPEAKER_WORDS = 12;
/** Longest name in apposition, and longest role in apposition, in words. */
export const MAX_APPOSITION_WORDS = 4;
export const MAX_ROLE_WORDS = 9;

const isComma = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && (t.form === '،' || t.form === ',');

/** The word without a conjunction written joined to it (و ف; Hebrew ו), when something is left. */
export function unprefixed(c: Ctx, f: string): string {
  if (f.length < 3) return '';
  if (c.g.lang === 'ar' && (f[0] === 'و' || f[0] === 'ف')) return f.slice(1);
  if (c.g.lang === 'he' && f[0] === 'ו') return f.slice(1);
  return '';
}
export const inSet = (c: Ctx, set: Set<string>, f: string) => set.has(f) || set.has(unprefixed(c, f));
/** The word without the Arabic article or a joined و/ف before it: "والرئيس" → "رئيس". */
const bare = (c: Ctx, f: string) => {
  const w = unprefixed(c, f) || f;
  return c.g.lang === 'ar' && w.startsWith('ال') ? w.slice(2) : c.g.lang === 'he' && w.startsWith('ה') ? w.slice(1) : w;
};
/** A title or role word, with or without its article: "وزير", "الوزير", "והשר". */
export const isTitle = (c: Ctx, f: string) => inSet(c, c.g.titles, f) || c.g.titles.has(bare(c, f)) || c.g.titles.has('ال' + bare(c, f));
export const isHonorific = (c: Ctx, f: string) => inSet(c, c.g.honorifics, f);
const isStop = (c: Ctx, f: string) => inSet(c, c.g.stops, f);

/** A speech word at token `k`? (set by speakers.ts, which owns the matching) */
export type IsSpeech = (k: number) => boolean;

/**
 * The phrase starting at `from`: words up to a stop word, punctuation, a
 * quotation or a speech word. After a title ("مسؤول في الوزارة", "الباحثة في
 * مركز الدراسات …") a preposition and its noun stay in the phrase, unless the
 * noun is an occasion ("الوزير في مؤتمر صحفي"). `lam`: the first word is
 * read without its joined ل ("وفقا للوزير").
 */
export function phraseAfter(c: Ctx, from: number, allowEnd: boolean, isSpeech: IsSpeech, lam = false): Phrase {
  const { tokens, g } = c;
  const titled = from < tokens.length && tokens[from].kind === 'word' && (isTitle(c, tokens[from].form) || inSet(c, g.orgNouns, tokens[from].form) || isHonorific(c, tokens[from].form));
  let j = from;
  for (; j < tokens.length && j - from <= MAX_SPEAKER_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const f = lam && j === from ? dropLam(t.form) : t.form;
    if (isSpeech(j)) break;
    if (!isStop(c, f)) continue;
    // A complement of a title: في/من/ב + a noun that is not an occasion.
    const next = tokens[j + 1];
    if (titled && j > from && g.complements.has(f) && next?.kind === 'word' && !isStop(c, next.form) && !inSet(c, g.eventNouns, next.form) && !isSpeech(j + 1)) continue;
    break;
  }
  let last = j - 1;
  if (j - from > MAX_SPEAKER_WORDS) return { first: from, last, status: 'unknown', stop: j };
  const end = j >= tokens.length || tokens[j].kind === 'break';
  // "وقال من جهته": the من belongs to جهته.
  if (j < tokens.length && g.sideWords.has(tokens[j].form) && last >= from && g.stops.has(tokens[last].form) && tokens[last].form === 'من') last--;
  if (last < from) return { first: from, last, status: 'none', stop: j };
  const phrase: Phrase = { first: from, last, status: end && !allowEnd ? 'unknown' : 'found', stop: j };
  if (!end && isComma(tokens[j])) apposition(c, phrase, isSpeech);
  return phrase;
}

/**
 * "X، Y،": Y is a name in apposition after a title (closed by a comma, or
 * ending the sentence: '…, אמר דובר …, רפי אלון.'), or a role in apposition
 * after a name (closed by a comma). A Hebrew apposition opening with ה
 * ("העומדת בראש המכון", "המייצג ארגוני שוכרים") describes: a role.
 */
function apposition(c: Ctx, p: Phrase, isSpeech: IsSpeech): void {
  const { tokens, g } = c;
  const j = p.stop;
  let k = j + 1;
  while (k < tokens.length && tokens[k].kind === 'word' && k - j <= MAX_ROLE_WORDS && !isSpeech(k) && (k === j + 1 || !isStop(c, tokens[k].form) || g.complements.has(tokens[k].form))) k++;
  const words = k - j - 1;
  const close = tokens[k];
  const comma = isComma(close);
  const ends = close === undefined || close.kind === 'break' || (close.kind === 'punct' && '.!?؟'.includes(close.form));
  if (words < 1 || (!comma && !ends)) return;
  const first = tokens[j + 1].form;
  const describes = g.lang === 'he' && first.length > 2 && first[0] === 'ה';
  const role = describes || isTitle(c, first) || g.roleWords.has(first) || inSet(c, g.orgNouns, first);
  const titleBefore = isTitle(c, tokens[p.first].form) || inSet(c, g.orgNouns, tokens[p.first].form) || isHonorific(c, tokens[p.first].form);
  if (role && comma && (!titleBefore || describes) && words <= MAX_ROLE_WORDS) {
    p.appos = [j + 1, k - 1];
    p.apposIsRole = true;
  } else if (!role && !isStop(c, first) && titleBefore && words <= MAX_APPOSITION_WORDS) {
    p.appos = [j + 1, k - 1];
    p.apposIsRole = false;
    p.stop = k;
  }
}

/** "للوزير" → "الوزير", "لـالمصدر" → "المصدر", "لوزير" → "وزير". */
export function dropLam(word: string): string {
  if (/^لـ+/.test(word)) return word.replace(/^لـ+/, '');
  if (word.startsWith('لل')) return 'ا' + word.slice(1);
  return word.slice(1);
}

/** The text of tokens `first..last`, the first read without its ل when `lam`, or without a joined preposition of `drops`. */
export function textOf(c: Ctx, first: number, last: number, lam = false, drops = ''): string {
  const head = c.tokens[first];
  let text = c.flat.slice(head.start, head.end);
  if (lam) text = dropLam(text);
  // Only a preposition before an organisation or a definite noun: "בעיריית", "מהמשרד"; never the first letter of "מיכל".
  else if (drops && text.length > 2 && drops.includes(text[0]) && (c.g.orgNouns.has(fold(text.slice(1))) || text[1] === 'ה')) text = text.slice(1);
  return text + c.flat.slice(head.end, c.tokens[last].end);
}

/** A speaker and the title given with them. */
export interface Named {
  speaker: string;
  role: string;
}

/**
 * The name and the role in a phrase. An apposition decides when there is
 * one; else a title, its complements and honorifics ("وزير الخارجية المصري",
 * "الخبير البيئي الدكتور", "صوبائی وزیر زراعت", "פראמדיק מד"א") are the role
 * and the words after them the name. A phrase with no name after its title
 * ("مسؤول في الهلال الأحمر بالمحافظة", "مدیرعامل آبفای استان تهران") is the
 * speaker as written.
 */
export function named(c: Ctx, p: Phrase, lam = false, drops = ''): Named {
  const main = textOf(c, p.first, p.last, lam, drops);
  if (p.appos) {
    const appos = textOf(c, p.appos[0], p.appos[1]);
    if (p.apposIsRole) return { ...splitTitle(c, p.first, p.last, lam, drops), role: appos };
    const inner = splitTitle(c, p.appos[0], p.appos[1]);
    return { speaker: inner.speaker, role: inner.role ? `${main}، ${inner.role}` : main };
  }
  return splitTitle(c, p.first, p.last, lam, drops);
}

/** Title words at the start of `first..last` and the name after them (see `named`). */
function splitTitle(c: Ctx, first: number, last: number, lam = false, drops = ''): Named {
  const { tokens, g } = c;
  const whole = { speaker: textOf(c, first, last, lam, drops), role: '' };
  let k = first;
  if (g.names === 'after-last-title') {
    // Urdu puts the title last in its phrase: "ادارے کے ترجمان عمران صدیقی", "کسان اتحاد کے مرکزی صدر چوہدری خالد حسین باجوہ".
    let t = -1;
    for (let j = first; j < last; j++) if (isTitle(c, tokens[j].form) || isHonorific(c, tokens[j].form)) t = j;
    if (t < 0) return whole;
    k = t + 1 + (g.complementTitles.has(tokens[t].form) && t + 2 <= last ? 1 : 0);
    return k > last || last - k + 1 > 5 ? whole : { speaker: textOf(c, k, last), role: textOf(c, first, k - 1, lam, drops) };
  }
  const head = tokens[first].form;
  if (g.names === 'after-honorific' ? !isHonorific(c, head) : !isTitle(c, head) && !isHonorific(c, head)) return whole;
  /** The word before needs a genitive (an indefinite title or organisation noun: "وزير الخارجية"). */
  let construct = false;
  for (; k <= last; k++) {
    const f = tokens[k].form;
    if (construct) {
      construct = g.lang === 'ar' ? !definite(c, f) && inSet(c, g.orgNouns, f) : false;
      continue;
    }
    if (isHonorific(c, f)) continue;
    if (isTitle(c, f) || inSet(c, g.orgNouns, f)) {
      construct = g.lang === 'ar' ? !definite(c, f) : g.complementTitles.has(f) || abbreviation(f);
      continue;
    }
    if (g.complements.has(f)) {
      construct = true;
      continue;
    }
    if (g.lang === 'ar' && definite(c, f)) continue;
    // "بجامعة نواكشوط", "لحلف الناتو": a preposition joined to an organisation noun, and its genitive.
    if (g.lang === 'ar' && /^[بل]/.test(f) && g.orgNouns.has(f.slice(1).replace(/^ـ+/, ''))) {
      construct = true;
      continue;
    }
    if (abbreviation(f)) continue;
    break;
  }
  const nameWords = last - k + 1;
  // "مسؤول في شركة لوجيستية مقرها دبي": a noun with a pronoun joined opens a relative phrase, no name.
  if (k > last || nameWords > 5 || (g.lang === 'ar' && /^.{3,}(ها|هم|هما)$/.test(tokens[k].form))) return whole;
  return { speaker: textOf(c, k, last), role: textOf(c, first, k - 1, lam, drops) };
}

/** Arabic definite: ال after an optional و ف ب ل ك ("الوفد", "بالمحافظة", "للدفاع"). */
const definite = (c: Ctx, f: string) => /^[وفبلك]?ال|^لل/.test(f) && c.g.lang === 'ar';
/** "מד"א", "צה"ל": an abbreviation names an organisation, not a person. */
const abbreviation = (f: string) => /\p{L}["']\p{L}/u.test(f);
