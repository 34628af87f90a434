/**
 * Selectors that still find a block on the next page of a site: built from
 * ids and classes a theme writes the same on every page, and tag names;
 * never positions (nth-child), generated names (`bbc-1ka88fa`, `css-1x2y3z`,
 * `sc-bdVaJa`, CSS-module hashes), per-page ids (`post-4512`) or state
 * classes (`active`, `is-open`). A block with no stable name of its own is
 * reached from its nearest ancestor that has one, by a path of tag names;
 * the rule's text check (apply.ts) tells which of the matches is meant.
 */
import { classesOf } from '../extract/cleanup/selector-match';
import { descendants } from '../dom/walk';

/** Identifiers that need no escaping in a selector (Arabic class names included). */
const IDENT = /^[A-Za-z_\u00a0-\uffff][\w\u00a0-\uffff-]*$/;
/** Prefixes of names that CSS-in-JS libraries and frameworks generate. */
const GENERATED = /^(?:css|sc|jsx|svelte|emotion|styled|tw|ng-tns|ng-star|astro|chakra|mantine|glamor)-|^ng-|__[A-Za-z0-9]{5,}$/;
/** Classes that say what state an element is in, not what it is. */
const STATE = /^(?:is|has|js|aos|wow|lazy|ember)(?:-|$|[A-Z])|^(?:active|current|selected|open|opened|closed|show|shown|hide|hidden|visible|invisible|sticky|fixed|loaded|loading|lazyload|lazyloaded|animated|collapsed|expanded|focus|hover|in|fade|clearfix|row|col|container)$/;
/** Names Readability and Qari give their own containers. */
const OURS = /^(?:readability-|qari-)|^page$/;

/** Whether a class or id looks written by the theme's author, the same on every page. */
export function isStableName(name: string): boolean {
  if (name.length < 2 || name.length > 48 || !IDENT.test(name)) return false;
  if (GENERATED.test(name) || STATE.test(name) || OURS.test(name)) return false;
  // Post ids, dates, hashes: three digits in a row.
  if (/\d{3,}/.test(name)) return false;
  for (const part of name.split(/[-_]+/)) {
    // A hash-like part mixes letters and digits ("1ka88fa", "a1b2c").
    if (part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part)) return false;
    // Short random case ("bdVaJa", "eWTyGd"); camelCase words are longer.
    if (part.length <= 8 && (part.slice(1).match(/[A-Z]/g)?.length ?? 0) >= 2 && /[a-z]/.test(part)) return false;
  }
  return true;
}

/** How many elements under `scope` carry each class: the rarest stable class names a block best. */
export type ClassCounts = Map<string, number>;

/** Counts over the elements `scope.querySelectorAll('[class]')` finds, found by a walk (jsdom's selector engine costs more than the count). */
export function countClasses(scope: ParentNode): ClassCounts {
  const counts: ClassCounts = new Map();
  for (const el of descendants(scope as Node, (e) => e.hasAttribute('class'))) for (const c of classesOf(el)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The stable name of `el` itself as a simple selector (`#id` or `.class`), or ''. */
export function ownName(el: Element, counts: ClassCounts): string {
  const id = el.getAttribute('id');
  if (id && isStableName(id)) return `#${id}`;
  let best = '';
  let fewest = Infinity;
  for (const c of classesOf(el)) {
    if (!c || !isStableName(c)) continue;
    const n = counts.get(c) ?? 1;
    if (n < fewest) [best, fewest] = [c, n];
  }
  return best ? `.${best}` : '';
}

/** Deepest path of tag names kept below a named ancestor; deeper blocks start from the nearest name. */
const MAX_PATH = 8;

/**
 * A selector for `el` that `scope.querySelectorAll` finds it by: its own
 * stable name, or its nearest named ancestor's and the tag names down to it
 * (`.entry-content > div > p`), or, with no name on the way, the path from
 * the scope (`:scope > div > p` under an element, `body > main > div` in a
 * document). `counts` is `countClasses(scope)`, computed once for many blocks.
 */
export function buildSelector(el: Element, scope: Element | Document, counts: ClassCounts = countClasses(scope)): string {
  const top = 'documentElement' in scope ? scope.body ?? scope.documentElement : scope;
  const path: string[] = [];
  for (let cur: Element | null = el; cur && cur !== top; cur = cur.parentElement) {
    const name = ownName(cur, counts);
    if (name) return [name, ...path].join(' > ');
    path.unshift(cur.tagName.toLowerCase());
    if (path.length > MAX_PATH) break;
  }
  const anchor = top === scope ? ':scope' : top.tagName.toLowerCase();
  return [anchor, ...path].join(' > ');
}
