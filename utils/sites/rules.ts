/**
 * Site rules: the user's own fixes for a site, as plain data. A "remove"
 * rule drops the blocks its selector matches (when they pass the check, see
 * apply.ts); a "pick" rule makes the element it matches the article. They
 * live on this machine only (utils/browser/site-rules.ts) and enter the core
 * as input: `extractArticle(doc, { url, siteRules })`.
 */
import { siteOf } from '../prefs/sites';

export type SiteRuleKind = 'remove' | 'pick';

export interface SiteRule {
  /** Hostname without a leading "www." (`siteOf`, the key the flip memory uses too). */
  host: string;
  kind: SiteRuleKind;
  /** A selector of stable ids, classes and tag names (selector.ts); never nth-child. */
  selector: string;
  /** The start of the block's text when the rule was made (the check; what the options page shows). */
  text: string;
  /** When the rule was made, in milliseconds since 1970. */
  added: number;
}

/** Longest selector and check text kept: anything longer was not written by selector.ts. */
export const MAX_SELECTOR_CHARS = 400;
export const CHECK_CHARS = 200;
const MAX_HOST_CHARS = 253;

/** One rule's identity: a site has at most one rule of a kind and selector. */
export function ruleId(rule: Pick<SiteRule, 'host' | 'kind' | 'selector'>): string {
  return `${rule.host} ${rule.kind} ${rule.selector}`;
}

const HOST = /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/;

/** Why `value` is no site rule ('' when it is one). Field by field, for the import's message. */
export function ruleProblem(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not an object';
  const r = value as Record<string, unknown>;
  if (typeof r.host !== 'string' || !r.host || r.host.length > MAX_HOST_CHARS || !HOST.test(r.host)) return 'host';
  if (r.kind !== 'remove' && r.kind !== 'pick') return 'kind';
  if (typeof r.selector !== 'string' || !r.selector.trim() || r.selector.length > MAX_SELECTOR_CHARS || /[{};]/.test(r.selector)) return 'selector';
  if (typeof r.text !== 'string' || r.text.length > CHECK_CHARS) return 'text';
  if (typeof r.added !== 'number' || !Number.isFinite(r.added) || r.added < 0) return 'added';
  return '';
}

/** The rule `value` holds (only its known fields), or null. */
export function validRule(value: unknown): SiteRule | null {
  if (ruleProblem(value)) return null;
  const { host, kind, selector, text, added } = value as SiteRule;
  return { host, kind, selector, text, added };
}

/** The valid rules of a stored list, each bad entry dropped (never the rest), one per id. */
export function validRules(value: unknown): SiteRule[] {
  if (!Array.isArray(value)) return [];
  return mergeRules([], value.map(validRule).filter((r): r is SiteRule => r !== null));
}

/** `rules` with `added` put in: a rule of the same id is replaced; a site keeps one pick rule. */
export function mergeRules(rules: readonly SiteRule[], added: readonly SiteRule[]): SiteRule[] {
  let out = [...rules];
  for (const rule of added) {
    const id = ruleId(rule);
    out = out.filter((r) => ruleId(r) !== id && !(rule.kind === 'pick' && r.kind === 'pick' && r.host === rule.host));
    out.push(rule);
  }
  return out;
}

/** The rules of the site `url` belongs to. */
export function rulesFor(url: string, rules: readonly SiteRule[]): SiteRule[] {
  const host = siteOf(url);
  return host ? rules.filter((r) => r.host === host) : [];
}
