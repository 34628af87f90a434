import { textOf } from '../../utils/dom/blocks';
import { extractArticle } from '../../utils/extract/extract';
import { pickedElement } from '../../utils/sites/apply';
import { siteOf } from '../../utils/prefs/sites';
import { CHECK_CHARS, ruleId, type SiteRule } from '../../utils/sites/rules';
import { buildSelector } from '../../utils/sites/selector';

/**
 * The pick rule for the element the user chose on the page, or null when
 * that element yields no article (too small a part, or a selector that finds
 * another element first): the picker then asks for a larger part.
 */
export function pickRule(el: Element, rules: readonly SiteRule[]): SiteRule | null {
  const host = siteOf(location.href);
  if (!host) return null;
  const rule: SiteRule = { host, kind: 'pick', selector: buildSelector(el, document), text: textOf(el).slice(0, CHECK_CHARS), added: Date.now() };
  // The selector must find this element first, not another of its kind.
  if (pickedElement(document, [rule])?.el !== el) return null;
  const others = rules.filter((r) => r.kind !== 'pick');
  const result = extractArticle(document, { url: location.href, siteRules: [...others, rule] });
  return result.ok && result.article.siteRules?.includes(ruleId(rule)) ? rule : null;
}
