/**
 * Left-to-right runs inside right-to-left text that must be isolated, so the
 * bidirectional algorithm never reorders them with their neighbours. Pure
 * string work: the article's blocks (dom/bidi.ts) and the UI's own Arabic
 * strings (components/text/Isolated.tsx) wrap what these find.
 */
import { countScripts } from './direction';

/** A piece of a string: `ltr` pieces are to be isolated left to right, the rest stays as it is. */
export interface Run {
  text: string;
  ltr: boolean;
}

/**
 * A Latin token: letters, digits and the punctuation that lives inside
 * addresses, package names and shortcuts (speech-dispatcher,
 * chrome://extensions/shortcuts, Alt+Shift+K), starting with a letter.
 */
const TOKEN = String.raw`\p{Script=Latin}[\p{Script=Latin}\d+#._:/@~?=&%\-]*`;

/**
 * Latin tokens joined by spaces (and the numbers among them): one run, so
 * "sudo apt install speech-dispatcher" keeps its word order in Arabic.
 */
const UI_RUN = new RegExp(String.raw`${TOKEN}(?: +(?:${TOKEN}|\d+))*`, 'gu');

/** Characters at the end of a run that belong to the text around it. */
const SENTENCE_END = /[.,:;!?\-_~=&%@]+$/u;

/**
 * A match without the punctuation it ends with, when a space or the end of
 * the text follows ("… ملف PDF."): that belongs to the sentence. Followed by
 * more, it is the token's own ("(view-source:)").
 */
function trimmed(match: RegExpExecArray): string {
  const next = match.input.charAt(match.index + match[0].length);
  return next === '' || /\s/.test(next) ? match[0].replace(SENTENCE_END, '') : match[0];
}

/** Splits `text` into runs at what `keep` makes of `pattern`'s matches (null: not a run); one plain run when nothing is kept. */
function runsOf(text: string, pattern: RegExp, keep: (match: RegExpExecArray) => string | null): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const run = keep(match);
    if (!run) continue;
    const start = match.index;
    if (start > at) runs.push({ text: text.slice(at, start), ltr: false });
    runs.push({ text: run, ltr: true });
    at = start + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), ltr: false });
  return runs;
}

/** True when `text` has letters of a right-to-left script: only there do Latin runs need isolating. */
function hasRtlLetters(text: string): boolean {
  const counts = countScripts(text);
  return counts.arabic + counts.hebrew + counts.otherRtl > 0;
}

/**
 * The Latin runs of a UI string (package names, URLs, key names, shortcuts),
 * when the string is right-to-left text; a string without right-to-left
 * letters is one plain run. "(chrome://extensions/shortcuts أو …)" keeps its
 * parenthesis where the Arabic puts it.
 */
export function latinRuns(text: string): Run[] {
  if (!hasRtlLetters(text)) return [{ text, ltr: false }];
  return runsOf(text, UI_RUN, (m) => trimmed(m) || null);
}

/** `text` with its Latin runs wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE, for attributes (a title), where no element can be. */
export function isolateForAttribute(text: string): string {
  return latinRuns(text)
    .map((run) => (run.ltr ? `\u2066${run.text}\u2069` : run.text))
    .join('');
}

/**
 * In article text, a Latin word is laid out right by the bidirectional
 * algorithm on its own: only the neutral characters at its edges go astray,
 * taken by the Arabic around them ("C++" shows as "++C", "@OpenAI" as
 * "OpenAI@", "example.com/ar/" loses its last slash to the far side, "U.S."
 * its last dot). Those tokens, and international phone numbers (whose digit
 * groups would show in reverse order), are the runs to isolate; everything
 * else is left to the algorithm ("iPhone 17" stays one left-to-right run).
 */
const FRAGILE = new RegExp(String.raw`\+\d{1,4}(?:[ \-]\d{1,5}){2,5}(?!\d)|[#@.]?${TOKEN}`, 'gu');
/** "U.S.", "e.g.": letters each followed by a dot. */
const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** The runs of an article's right-to-left text that need isolating left to right (see FRAGILE). */
export function fragileRuns(text: string): Run[] {
  return runsOf(text, FRAGILE, (m) => {
    const token = m[0];
    if (token.startsWith('+')) return token;
    if (DOTTED.test(token)) return token;
    const run = trimmed(m);
    if (!run) return null;
    const edgy = /^[#@.]/.test(run) || /[+#/]$/.test(run);
    return edgy ? run : null;
  });
}
