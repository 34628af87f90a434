/**
 * Running text, told by its shape in any script we read: sentence
 * punctuation after a word, or length. Clean-up and the not-an-article test
 * use it to tell paragraphs of an article from headlines, labels, dates and
 * menus, whatever the words.
 */
import { countWords } from './words';

/**
 * A sentence end: . ! ? (Latin, Hebrew), ؟ (Arabic, Persian, Urdu), ۔ (Urdu),
 * 。！？ (CJK) or …, after a letter or digit (closing quotes and brackets
 * allowed between), at the end or before a space. "17.03.2024" and "د." in
 * "د. محمد" at the start of a line are not sentence ends of running text.
 */
const SENTENCE_END = /[\p{L}\p{N}\p{M}%‰°][»”’"'\u05F4)\]]*[.!?؟۔…。！？](?:\s|$|[»”’"'\u05F4)\]])/u;
/** A sentence end with more text after it: a second sentence, not a headline's final "?". */
const INNER_SENTENCE_END = /[\p{L}\p{N}\p{M}%‰°][»”’"'\u05F4)\]]*[.!?؟۔。！？]\s+[\p{L}«“"'\u05F4(]/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** CJK writing puts no space after its full stops. */
const CJK_SENTENCE_END = /[\u3040-\u30ff\u3400-\u9fff][」』）]*[。！？]/;

/** Fewer characters than this is never running text (a label, a date, a name). */
const MIN_CHARS = 30;
/** More characters than this is running text even without punctuation. */
const LONG_CHARS = 200;

/** True when `text` reads as running text: a sentence of five words or more, or a long passage. */
export function isRunningText(text: string): boolean {
  const t = text.trim();
  if (t.length < MIN_CHARS) return false;
  if (t.length >= LONG_CHARS) return true;
  if (countWords(t) < 5 && !CJK.test(t)) return false;
  return SENTENCE_END.test(t) || CJK_SENTENCE_END.test(t);
}

/** True when `text` holds two sentences or more: a summary or a paragraph, never a headline. */
export function hasInnerSentenceEnd(text: string): boolean {
  return INNER_SENTENCE_END.test(text);
}

/** True when `text` ends like a sentence (what headlines and labels usually do not). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?؟۔…。！？][»”’"'\u05F4)\]]*\s*$/u.test(text.trim());
}
