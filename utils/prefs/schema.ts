/**
 * Every preference, declared once: its fallback and its validator. Pure data;
 * `utils/browser/prefs.ts` binds each to a storage item, the UI renders
 * controls from it.
 */
import { SPEECH_RATES } from '../speech/rates';

export const FONTS = ['naskh', 'amiri', 'kufi', 'sans', 'system'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const THEMES = ['light', 'sepia', 'dark', 'auto'] as const;
export const DIACRITICS = ['show', 'hide'] as const;
export const NUMERALS = ['page', 'western', 'arabic'] as const;

export type FontId = (typeof FONTS)[number];
export type Width = (typeof WIDTHS)[number];
export type Theme = (typeof THEMES)[number];

export const FONT_SIZE = { min: 14, max: 32, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.5, max: 2.4, step: 0.1 } as const;

export interface Prefs {
  font: FontId;
  fontSize: number;
  lineHeight: number;
  width: Width;
  justify: boolean;
  theme: Theme;
  diacritics: (typeof DIACRITICS)[number];
  numerals: (typeof NUMERALS)[number];
  /** Quote-highlighting mode. */
  quotes: boolean;
  /** Load the article's images; off, the view requests nothing at all. */
  loadImages: boolean;
  /** Read-aloud speed (SpeechSynthesisUtterance.rate). */
  speechRate: number;
  /** The voice chosen for each language (primary subtag → voiceURI). */
  voices: Record<string, string>;
}

export type PrefKey = keyof Prefs;

interface PrefSpec<T> {
  fallback: T;
  /** True when a stored value can be used as is. */
  valid: (value: unknown) => value is T;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);
const inRange =
  (min: number, max: number, step: number) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min - 1e-9 && v <= max + 1e-9 && Math.abs(Math.round(v / step) * step - v) < 1e-6;
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** A map of language subtags to voice identifiers, nothing else in it. */
const isVoiceMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(([lang, uri]) => /^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length <= 300);

/**
 * Version 2 stores every value typed. A value written before versioning as a
 * string (what a form field gives: "22", "1.9", "true") is converted once, on
 * first load after the update; anything else is left to the validator.
 */
export const STORAGE_VERSION = 2;

/** The migration to version 2 for a preference whose fallback is `fallback`. */
export function typedValue(fallback: unknown): (old: unknown) => unknown {
  return (old) => {
    if (typeof old !== 'string') return old;
    const text = old.trim();
    if (typeof fallback === 'number') return text !== '' && Number.isFinite(Number(text)) ? Number(text) : old;
    if (typeof fallback === 'boolean') return text === 'true' ? true : text === 'false' ? false : old;
    return text;
  };
}

export const PREF_SPECS: { [K in PrefKey]: PrefSpec<Prefs[K]> } = {
  font: { fallback: 'naskh', valid: oneOf(FONTS) },
  fontSize: { fallback: 20, valid: inRange(FONT_SIZE.min, FONT_SIZE.max, FONT_SIZE.step) },
  lineHeight: { fallback: 1.9, valid: inRange(LINE_HEIGHT.min, LINE_HEIGHT.max, LINE_HEIGHT.step) },
  width: { fallback: 'medium', valid: oneOf(WIDTHS) },
  justify: { fallback: false, valid: isBoolean },
  theme: { fallback: 'auto', valid: oneOf(THEMES) },
  diacritics: { fallback: 'show', valid: oneOf(DIACRITICS) },
  numerals: { fallback: 'page', valid: oneOf(NUMERALS) },
  quotes: { fallback: false, valid: isBoolean },
  loadImages: { fallback: true, valid: isBoolean },
  speechRate: { fallback: 1, valid: (v: unknown): v is number => typeof v === 'number' && (SPEECH_RATES as readonly number[]).includes(v) },
  voices: { fallback: {}, valid: isVoiceMap },
};

export const PREF_KEYS = Object.keys(PREF_SPECS) as PrefKey[];

/** The value to use for `key`: `value` when valid, else the fallback. */
export function validPref<K extends PrefKey>(key: K, value: unknown): Prefs[K] {
  const spec = PREF_SPECS[key];
  return spec.valid(value) ? (value as Prefs[K]) : spec.fallback;
}

/** Preferences from stored values, each field checked on its own; unknown keys ignored. */
export function validatePrefs(stored: Partial<Record<string, unknown>>): Prefs {
  const prefs = {} as Record<PrefKey, unknown>;
  for (const key of PREF_KEYS) prefs[key] = validPref(key, stored[key]);
  return prefs as unknown as Prefs;
}

export const DEFAULT_PREFS: Prefs = validatePrefs({});
