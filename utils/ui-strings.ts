/**
 * The interface's strings, as data: their keys, their English text (the
 * bundle browsers fall back to) and how placeholders are filled. Which
 * language is shown is the platform's business (utils/browser/i18n.ts).
 */
import en from '../public/_locales/en/messages.json';

/** The key of a UI string (`public/_locales/<lang>/messages.json`, written from `scripts/ui-strings.tsv`). */
export type UiStringKey = keyof typeof en;

/** Values for a string's `{name}` placeholders. */
export type UiStringValues = Record<string, string | number>;

/** The string `key` in the language the UI shows, placeholders filled. */
export type Translate = (key: UiStringKey, values?: UiStringValues) => string;

/** `message` with its `{name}` placeholders filled from `values`; a name without a value stays as written. */
export function fillIn(message: string, values?: UiStringValues): string {
  return values ? message.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m)) : message;
}

/** The English string of `key` (the key itself when there is none). */
export function englishString(key: UiStringKey): string {
  return en[key]?.message ?? key;
}

/** Every UI string's key (a function, so that the scripts that never call it carry no copy of the bundle). */
export function uiStringKeys(): UiStringKey[] {
  return Object.keys(en) as UiStringKey[];
}

/** The English UI as the unit tests read it (outside the extension, where the browser gives no string; the shipped scripts carry no copy of it). */
export const inEnglish: Translate = (key, values) => fillIn(englishString(key), values);

/** The key of a string named after an id ("reason", "no-article" → "reason_no_article"). */
export function keyOf(prefix: string, id: string): UiStringKey {
  return `${prefix}_${id.replace(/-/g, '_')}` as UiStringKey;
}
