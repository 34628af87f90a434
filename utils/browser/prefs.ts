import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { PREF_KEYS, PREF_SPECS, SITE_DIRECTIONS, STORAGE_VERSION, typedValue, validPref, validatePrefs, type PrefKey, type Prefs, type SiteDirections } from '../prefs/schema';

/**
 * Each preference is its own item in the sync area (WXT does not deep-merge a
 * fallback object, and one item a preference means one bad value never costs
 * the others). Values are validated on every read.
 */
export const PREF_ITEMS = Object.fromEntries(
  PREF_KEYS.map((key) => {
    const spec = PREF_SPECS[key];
    const item = storage.defineItem<unknown>(`sync:${key}`, {
      fallback: spec.fallback,
      version: STORAGE_VERSION,
      migrations: { 2: typedValue(spec.fallback) },
    });
    return [key, item];
  }),
) as { [K in PrefKey]: WxtStorageItem<unknown, {}> };

/** All preferences as stored, each invalid field replaced by its fallback. */
export async function loadPrefs(): Promise<Prefs> {
  // Each item's getValue waits for its own migration.
  const values = await Promise.all(PREF_KEYS.map((key) => PREF_ITEMS[key].getValue().catch(() => undefined)));
  const stored: Record<string, unknown> = {};
  PREF_KEYS.forEach((key, i) => (stored[key] = values[i]));
  return validatePrefs(stored);
}

/** Stores one preference; an invalid value is refused (the stored one stays). */
export async function setPref<K extends PrefKey>(key: K, value: Prefs[K]): Promise<boolean> {
  if (!PREF_SPECS[key].valid(value)) return false;
  await PREF_ITEMS[key].setValue(value);
  return true;
}

/** Removes every stored preference: each reads as its fallback again. */
export async function resetPrefs(): Promise<void> {
  await storage.removeItems(PREF_KEYS.map((key) => PREF_ITEMS[key]));
}

/**
 * Calls `onChange` with the whole, validated preferences whenever any of them
 * changes in any view. Returns the function that stops watching.
 */
export function watchPrefs(current: Prefs, onChange: (prefs: Prefs) => void): () => void {
  let prefs = current;
  const unwatchers = PREF_KEYS.map((key) =>
    PREF_ITEMS[key].watch((value) => {
      prefs = { ...prefs, [key]: validPref(key, value) };
      onChange(prefs);
    }),
  );
  return () => unwatchers.forEach((unwatch) => unwatch());
}

/** The direction set for each site by the flip control: one item in the local area (SITE_DIRECTIONS). */
const SITE_DIRECTIONS_ITEM = storage.defineItem<unknown>('local:siteDirections', { fallback: SITE_DIRECTIONS.fallback });

const validSites = (value: unknown): SiteDirections => (SITE_DIRECTIONS.valid(value) ? value : SITE_DIRECTIONS.fallback);

/** The sites with a set direction, as stored (an invalid value reads as none). */
export async function loadSiteDirections(): Promise<SiteDirections> {
  return validSites(await SITE_DIRECTIONS_ITEM.getValue().catch(() => undefined));
}

/** Stores the sites with a set direction; an invalid value is refused. */
export async function saveSiteDirections(sites: SiteDirections): Promise<boolean> {
  if (!SITE_DIRECTIONS.valid(sites)) return false;
  await SITE_DIRECTIONS_ITEM.setValue(sites);
  return true;
}

/** Calls `onChange` whenever any view changes the sites. Returns the function that stops watching. */
export function watchSiteDirections(onChange: (sites: SiteDirections) => void): () => void {
  return SITE_DIRECTIONS_ITEM.watch((value) => onChange(validSites(value)));
}
