/**
 * How site rules act on a page: a remove rule drops the blocks it matches
 * that pass its check; a pick rule gives the element that becomes the
 * article. A selector that matches nothing, or is not one the browser
 * understands, is skipped: a rule never breaks the view.
 */
import { textOf } from '../dom/blocks';
import { normalizeArabic } from '../text/arabic';
import { CHECK_CHARS, ruleId, type SiteRule } from './rules';

/** The text a check compares: normalised, its first CHECK_CHARS characters. */
export function checkText(text: string): string {
  return normalizeArabic(text).slice(0, CHECK_CHARS);
}

/** A stored text shorter than this must be the block's whole text to count as the same. */
const MIN_SAME_CHARS = 40;
const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ');
/** A selector that ends in an id or class names the block itself (`.writer-box`), not a place (`.entry > p`). */
const namesTheBlock = (selector: string) => /[#.][^\s>#.:[]+$/.test(selector);

/**
 * Whether `el` is the block `rule` was made on, or one of its kind: the same
 * text; or, when the selector names the block itself, the same opening words
 * (the label a site's box repeats on every page: "عن الكاتب", "ملف خاص")
 * and less than half of the article's text. A place-only selector needs the
 * same text, so it never takes the paragraphs around the block.
 */
export function passesCheck(el: Element, rule: SiteRule, articleChars: number): boolean {
  const text = checkText(textOf(el));
  const want = checkText(rule.text);
  // The stored text was cut before normalising: the block's may run on past it.
  if (text === want || (want.length >= MIN_SAME_CHARS && text.startsWith(want))) return true;
  if (!namesTheBlock(rule.selector) || !want || !text) return false;
  const words = Math.min(2, want.split(' ').length);
  return firstWords(text, words) === firstWords(want, words) && textOf(el).length * 2 < articleChars;
}

/** `scope.querySelectorAll(selector)`, or nothing for a selector the engine refuses. */
export function matches(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * Runs the remove rules on the article `root`: `remove` takes each block that
 * passes its check. Returns the ids of the rules that removed something.
 */
export function applyRemoveRules(root: Element, rules: readonly SiteRule[], remove: (el: Element) => boolean): string[] {
  const applied: string[] = [];
  const chars = textOf(root).length;
  for (const rule of rules) {
    if (rule.kind !== 'remove') continue;
    let hit = false;
    for (const el of matches(root, rule.selector)) if (root.contains(el) && passesCheck(el, rule, chars) && remove(el)) hit = true;
    if (hit) applied.push(ruleId(rule));
  }
  return applied;
}

/** Less text than this cannot be an article: a pick rule matching such an element is skipped. */
export const MIN_PICK_CHARS = 200;

/** The element a pick rule of `rules` makes the article in `doc`, with the rule; null when none matches. */
export function pickedElement(doc: Document, rules: readonly SiteRule[]): { el: Element; rule: SiteRule } | null {
  for (const rule of rules) {
    if (rule.kind !== 'pick') continue;
    const el = matches(doc, rule.selector).find((e) => textOf(e).length >= MIN_PICK_CHARS);
    if (el) return { el, rule };
  }
  return null;
}
