/**
 * Every preference, declared once: its fallback and its validator. Pure data;
 * `utils/browser/prefs.ts` binds each to a storage item, the UI renders
 * controls from it.
 */
import type { TextDirection } from '../article';
import { SPEECH_RATES } from '../speech/rates';

export const FONTS = ['naskh', 'amiri', 'kufi', 'sans', 'vazirmatn', 'nastaliq', 'frank-ruhl', 'system'] as const;
/** The fonts offered for each script, its default first (typography.ts says which script an article is in). */
export const ARABIC_FONTS = ['naskh', 'amiri', 'kufi', 'sans', 'vazirmatn', 'system'] as const;
export const PERSIAN_FONTS = ['vazirmatn', 'naskh', 'sans', 'system'] as const;
export const URDU_FONTS = ['nastaliq', 'naskh', 'system'] as const;
export const HEBREW_FONTS = ['frank-ruhl', 'system'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const THEMES = ['light', 'sepia', 'dark', 'auto'] as const;
export const DIACRITICS = ['show', 'hide'] as const;
export const NUMERALS = ['page', 'western', 'arabic', 'persian'] as const;

/** The library's size limit, in megabytes: the browser gives an extension's IndexedDB far more, this is the user's own bound. */
export const LIBRARY_LIMIT_MB = { min: 10, max: 5000, step: 10 } as const;

export type FontId = (typeof FONTS)[number];
export type Width = (typeof WIDTHS)[number];
export type Theme = (typeof THEMES)[number];

export const FONT_SIZE = { min: 14, max: 32, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.5, max: 2.4, step: 0.1 } as const;
/**
 * Nastaliq stacks its letters on a slanting baseline, with dots above and
 * below the stack: lines closer than 2.2 make the dots of one line touch
 * the letters of the next.
 */
export const LINE_HEIGHT_URDU = { min: 2.2, max: 3.2, step: 0.1 } as const;

export interface Prefs {
  /** The font of Arabic-script articles (and of the rest, but for the scripts below). */
  font: (typeof ARABIC_FONTS)[number];
  fontPersian: (typeof PERSIAN_FONTS)[number];
  fontUrdu: (typeof URDU_FONTS)[number];
  fontHebrew: (typeof HEBREW_FONTS)[number];
  fontSize: number;
  lineHeight: number;
  /** Line spacing of Urdu articles, set in Nastaliq (LINE_HEIGHT_URDU). */
  lineHeightUrdu: number;
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
  /** Saving an article keeps its images as data (those the browser lets Qari read), not only their links. */
  keepImages: boolean;
  /** The library asks before it grows past this many megabytes (LIBRARY_LIMIT_MB). */
  libraryLimitMb: number;
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
  font: { fallback: 'naskh', valid: oneOf(ARABIC_FONTS) },
  fontPersian: { fallback: 'vazirmatn', valid: oneOf(PERSIAN_FONTS) },
  fontUrdu: { fallback: 'nastaliq', valid: oneOf(URDU_FONTS) },
  fontHebrew: { fallback: 'frank-ruhl', valid: oneOf(HEBREW_FONTS) },
  fontSize: { fallback: 20, valid: inRange(FONT_SIZE.min, FONT_SIZE.max, FONT_SIZE.step) },
  lineHeight: { fallback: 1.9, valid: inRange(LINE_HEIGHT.min, LINE_HEIGHT.max, LINE_HEIGHT.step) },
  lineHeightUrdu: { fallback: 2.4, valid: inRange(LINE_HEIGHT_URDU.min, LINE_HEIGHT_URDU.max, LINE_HEIGHT_URDU.step) },
  width: { fallback: 'medium', valid: oneOf(WIDTHS) },
  justify: { fallback: false, valid: isBoolean },
  theme: { fallback: 'auto', valid: oneOf(THEMES) },
  diacritics: { fallback: 'show', valid: oneOf(DIACRITICS) },
  numerals: { fallback: 'page', valid: oneOf(NUMERALS) },
  quotes: { fallback: false, valid: isBoolean },
  loadImages: { fallback: true, valid: isBoolean },
  speechRate: { fallback: 1, valid: (v: unknown): v is number => typeof v === 'number' && (SPEECH_RATES as readonly number[]).includes(v) },
  voices: { fallback: {}, valid: isVoiceMap },
  keepImages: { fallback: false, valid: isBoolean },
  libraryLimitMb: { fallback: 200, valid: inRange(LIBRARY_LIMIT_MB.min, LIBRARY_LIMIT_MB.max, LIBRARY_LIMIT_MB.step) },
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

/** The direction chosen for each site (its host name), when the reader's was wrong there. */
export type SiteDirections = Record<string, TextDirection>;

/** At most this many sites are remembered: the list stays readable on the options page. */
export const MAX_SITE_DIRECTIONS = 500;

const isSiteDirections = (v: unknown): v is SiteDirections =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length <= MAX_SITE_DIRECTIONS &&
  Object.entries(v).every(([site, dir]) => /^[a-z0-9.-]{1,253}$/.test(site) && (dir === 'rtl' || dir === 'ltr'));

/**
 * The flip control's memory: one item in the local area (per device, and it
 * may grow past what one sync item holds), declared here with the
 * preferences, bound in utils/browser/prefs.ts.
 */
export const SITE_DIRECTIONS: PrefSpec<SiteDirections> = { fallback: {}, valid: isSiteDirections };
