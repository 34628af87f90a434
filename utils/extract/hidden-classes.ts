/**
 * Classes the page's own stylesheets hide: `display: none` or `visibility:
 * hidden` outside any media query and never shown by one (UrduPoint's
 * `.hide_desk`, Bootstrap's `.d-none`, themes' `.hidden`), and the
 * screen-reader-only pattern (absolutely placed, clipped or 1px: `.sr-only`,
 * BBC's hashed visually-hidden classes). What the page does not show, the
 * reader does not show either. Only stylesheets the page may read are read
 * (inline ones and its own origin's); only rules whose selector is one class
 * are taken, so matching is a set lookup.
 */

const ONE_CLASS = /^\.(-?[_a-zA-Z][\w-]*)$/;

interface StyleLike {
  getPropertyValue(name: string): string;
}

function hides(style: StyleLike): boolean {
  if (style.getPropertyValue('display') === 'none' || style.getPropertyValue('visibility') === 'hidden') return true;
  // The other properties only for an absolutely placed element (few rules are).
  if (!/^(?:absolute|fixed)$/.test(style.getPropertyValue('position'))) return false;
  const clipped = /rect\(\s*(?:0|1px)[\s,]/.test(style.getPropertyValue('clip')) || /inset\(\s*50%/.test(style.getPropertyValue('clip-path'));
  return clipped || (/^(?:0|1px)$/.test(style.getPropertyValue('width').trim()) && /^(?:0|1px)$/.test(style.getPropertyValue('height').trim()));
}

/** Widths below this are phones and small tablets; a reader of news on a computer is wider. */
const DESKTOP_PX = 1000;

/**
 * True for media queries a desktop reader is never in: print, or only
 * screens narrower than a desktop (UrduPoint's `@media(max-width:600px)`
 * shows `.hide_desk` on phones alone).
 */
function narrowOrPrint(media: string): boolean {
  if (/^\s*print\b/i.test(media)) return true;
  const max = /max-width\s*:\s*(\d+(?:\.\d+)?)px/i.exec(media);
  return !!max && Number(max[1]) < DESKTOP_PX && !/min-width/i.test(media);
}

/** The classes one of `doc`'s readable stylesheets hides everywhere (see above). */
export function hiddenClasses(doc: Document): Set<string> {
  const hidden = new Set<string>();
  const shownSomewhere = new Set<string>();
  const visit = (rules: CSSRuleList, inMedia: boolean) => {
    // A copy read once (no Array.from: its iterator asks the list's length again at each rule, a costly read in jsdom).
    for (const rule of Array.prototype.slice.call(rules) as CSSRule[]) {
      // The selector first: a style rule has one, and a grouping rule (media, supports) none.
      const selector = (rule as CSSStyleRule).selectorText;
      if (!selector) {
        const nested = (rule as CSSGroupingRule).cssRules;
        if (nested && !narrowOrPrint((rule as CSSMediaRule).media?.mediaText ?? '')) visit(nested, true);
        continue;
      }
      const style = (rule as CSSStyleRule).style;
      if (!style) continue;
      for (const part of selector.split(',')) {
        const m = ONE_CLASS.exec(part.trim());
        if (!m) continue;
        if (inMedia) {
          const display = style.getPropertyValue('display');
          if ((display && display !== 'none') || style.getPropertyValue('visibility') === 'visible') shownSomewhere.add(m[1]);
        } else if (hides(style)) hidden.add(m[1]);
      }
    }
  };
  for (const sheet of Array.from(doc.styleSheets ?? [])) {
    let rules: CSSRuleList | null = null;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet: not ours to read
    }
    if (rules) visit(rules, false);
  }
  for (const name of shownSomewhere) hidden.delete(name);
  return hidden;
}
