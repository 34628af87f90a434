import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { PREF_KEYS, PREF_SPECS, SITE_DIRECTIONS, STORAGE_VERSION, typedValue, validPref, validatePrefs, type PrefKey, type Prefs, type SiteDirections } from '../prefs/schema';

/**
 * Each preference is its own item in the sync area (WXT does not deep-merge a
 * fallback object, and one item a preference means one bad value never costs
 * the others). Values are validated on every read. The items are defined on
 * first need, not on import: defining one runs its migration, two reads of
 * the sync area, and the reader, injected into a tab for every first use,
 * would make some sixty such calls before its first paint only to read.
 */
type PrefItems = { [K in PrefKey]: WxtStorageItem<unknown, {}> };
let items: PrefItems | null = null;
function prefItems(): PrefItems {
  return (items ??= Object.fromEntries(
    PREF_KEYS.map((key) => {
      const spec = PREF_SPECS[key];
      const item = storage.defineItem<unknown>(`sync:${key}`, {
        fallback: spec.fallback,
        version: STORAGE_VERSION,
        migrations: { 2: typedValue(spec.fallback) },
      });
      return [key, item];
    }),
  ) as PrefItems);
}

const VALUE_AND_VERSION = PREF_KEYS.flatMap((key) => [`sync:${key}`, `sync:${key}$`] as const);

/**
 * All preferences as stored, each invalid field replaced by its fallback: one
 * read of every value with its version. Only when a value was stored by
 * another version of Qari (older: to migrate; newer: synced from another
 * machine) is it read through the items, which migrate it first.
 */
export async function loadPrefs(): Promise<Prefs> {
  const read = await storage.getItems([...VALUE_AND_VERSION]).catch(() => null);
  const current = read && PREF_KEYS.every((_, i) => read[2 * i].value == null || (read[2 * i + 1].value as { v?: unknown } | null)?.v === STORAGE_VERSION);
  if (read && current) return validatePrefs(Object.fromEntries(PREF_KEYS.map((key, i) => [key, read[2 * i].value])));
  // Each item's getValue waits for its own migration.
  const values = await Promise.all(PREF_KEYS.map((key) => prefItems()[key].getValue().catch(() => undefined)));
  const stored: Record<string, unknown> = {};
  PREF_KEYS.forEach((key, i) => (stored[key] = values[i]));
  return validatePrefs(stored);
}

/** Stores one preference; an invalid value is refused (the stored one stays). */
export async function setPref<K extends PrefKey>(key: K, value: Prefs[K]): Promise<boolean> {
  if (!PREF_SPECS[key].valid(value)) return false;
  await prefItems()[key].setValue(value);
  return true;
}

/** Removes every stored preference: each reads as its fallback again. */
export async function resetPrefs(): Promise<void> {
  await storage.removeItems(PREF_KEYS.map((key) => prefItems()[key]));
}

/**
 * Calls `onChange` with the whole, validated preferences whenever any of them
 * changes in any view. Returns the function that stops watching.
 */
export function watchPrefs(current: Prefs, onChange: (prefs: Prefs) => void): () => void {
  let prefs = current;
  const unwatchers = PREF_KEYS.map((key) =>
    // As an item's watch does (a removed value reads as its fallback, which validPref gives), without defining the item.
    storage.watch<unknown>(`sync:${key}`, (value) => {
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
