import { storage } from 'wxt/utils/storage';
import { mergeRules, ruleId, rulesFor, validRules, type SiteRule } from '../sites/rules';

/**
 * Every site rule, in one item of the local area: rules never leave this
 * machine (not the sync area, no request of ours). Validated rule by rule on
 * every read (utils/sites/rules.ts): a bad entry is dropped, never the rest.
 */
export const SITE_RULES_ITEM = storage.defineItem<unknown>('local:siteRules', { fallback: [], version: 1 });

/** All stored rules that are valid. */
export async function loadSiteRules(): Promise<SiteRule[]> {
  return validRules(await SITE_RULES_ITEM.getValue().catch(() => []));
}

/** The stored rules of the site `url` belongs to. */
export async function siteRulesFor(url: string): Promise<SiteRule[]> {
  return rulesFor(url, await loadSiteRules());
}

/** Adds rules (a rule of the same id is replaced; a site keeps one pick rule). */
export async function addSiteRules(rules: readonly SiteRule[]): Promise<void> {
  await SITE_RULES_ITEM.setValue(mergeRules(await loadSiteRules(), rules));
}

/** Deletes the rules with these ids (`ruleId`). */
export async function deleteSiteRules(ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  await SITE_RULES_ITEM.setValue((await loadSiteRules()).filter((r) => !gone.has(ruleId(r))));
}

/** Calls `onChange` with every valid rule whenever the stored rules change, in any view. Returns how to stop. */
export function watchSiteRules(onChange: (rules: SiteRule[]) => void): () => void {
  return SITE_RULES_ITEM.watch((value) => onChange(validRules(value)));
}
