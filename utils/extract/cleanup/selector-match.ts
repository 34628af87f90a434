/**
 * A matcher for the simple selectors the boilerplate rules use — `#id`,
 * `.class`, `[attr="value"]`, `[attr*="value"]`, joined by commas — that
 * tests an element against a rule in a few property reads instead of a
 * selector engine pass over the body (which jsdom makes slow).
 */
export type ElementTest = (el: Element) => boolean;

/** An element's classes, read once from its attribute (no DOMTokenList: costly in jsdom). */
export function classesOf(el: Element): string[] {
  const value = el.getAttribute('class');
  return value ? value.split(/\s+/) : [];
}

const PART = /^(?:#([\w-]+)|\.([\w-]+)|\[([\w-]+)(\*?)="([^"]*)"\])$/;

/** Compiles `selector`; throws on any form outside the four above (caught by the rule tests). */
export function compileSelector(selector: string): ElementTest {
  const ids = new Set<string>();
  const classes = new Set<string>();
  const attrs: Array<{ name: string; contains: boolean; value: string }> = [];
  for (const raw of selector.split(',')) {
    const part = raw.trim();
    const m = PART.exec(part);
    if (!m) throw new Error(`Unsupported selector in a boilerplate rule: ${part}`);
    if (m[1]) ids.add(m[1]);
    else if (m[2]) classes.add(m[2]);
    else attrs.push({ name: m[3], contains: m[4] === '*', value: m[5] });
  }
  return (el) => {
    if (ids.size) {
      const id = el.getAttribute('id');
      if (id && ids.has(id)) return true;
    }
    if (classes.size) for (const c of classesOf(el)) if (classes.has(c)) return true;
    for (const a of attrs) {
      const v = el.getAttribute(a.name);
      if (v !== null && (a.contains ? v.includes(a.value) : v === a.value)) return true;
    }
    return false;
  };
}
