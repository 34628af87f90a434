/**
 * The direction of every block of an article by the majority of its strong
 * letters, never by its first one. HTML's `dir="auto"` takes the first strong
 * letter, so "Google أعلنت …" would be laid out left to right; here it is
 * Arabic, as most of its letters are. Pure DOM work, linear in the tree.
 */
import type { TextDirection } from '../article';
import { addScripts, emptyCounts, majorityDirection, type ScriptCounts } from '../text/direction';
import { fragileRuns } from '../text/isolate';
import { NON_PROSE_TAGS } from './blocks';
import { walkTree } from './walk';

/**
 * Row groups and rows never take a direction of their own: a row's `dir`
 * would set its cells against the table's columns. They follow the table.
 */
const FOLLOWS_TABLE = new Set(['TBODY', 'THEAD', 'TFOOT', 'TR', 'COLGROUP', 'COL']);

/**
 * Code and text that is no prose: left to right by the stylesheet (code) or
 * never shown; their letters do not vote, their `dir` is left alone.
 */
const NOT_PROSE = new Set(['CODE', 'KBD', 'SAMP', 'VAR', 'PRE', ...NON_PROSE_TAGS]);

/** Elements whose direction the page wrote on purpose: `<bdo>` overrides, `<bdi>` isolates by its own rule. */
const PAGE_CHOICE = new Set(['BDO', 'BDI']);

/** A quick look for what fragileRuns isolates: a Latin letter, or a + before a digit. */
const MAY_HOLD_RUNS = /[A-Za-z\u00c0-\u024f]|\+\d/;

function merge(into: ScriptCounts, from: ScriptCounts): void {
  into.arabic += from.arabic;
  into.hebrew += from.hebrew;
  into.otherRtl += from.otherRtl;
  into.ltr += from.ltr;
}

/** Each element's majority direction (null: no strong letters, or a tie), counting its text and its children's once each. */
function votes(root: Element): Map<Element, TextDirection | null> {
  const out = new Map<Element, TextDirection | null>();
  const stack: ScriptCounts[] = [emptyCounts()];
  walkTree(root, {
    enter: () => void stack.push(emptyCounts()),
    text: (data) => void addScripts(stack[stack.length - 1], data),
    exit: (el) => {
      const counts = stack.pop()!;
      if (NOT_PROSE.has(el.tagName)) return;
      out.set(el, majorityDirection(counts));
      merge(stack[stack.length - 1], counts);
    },
  });
  return out;
}

/** `text` with its fragile left-to-right runs in `<bdi dir="ltr">` (see fragileRuns). */
function isolateRuns(text: Text): void {
  const runs = fragileRuns(text.data);
  if (!runs.some((run) => run.ltr)) return;
  const doc = text.ownerDocument;
  text.replaceWith(
    ...runs.map((run) => {
      if (!run.ltr) return doc.createTextNode(run.text);
      const bdi = doc.createElement('bdi');
      bdi.setAttribute('dir', 'ltr');
      bdi.textContent = run.text;
      return bdi;
    }),
  );
}

/**
 * Gives each block and inline element under `root` (an article laid out in
 * `base`) the direction of the majority of its strong letters, as an
 * explicit `dir` only where that differs from the direction it would
 * inherit; the page's own `dir` on them goes. An element without strong
 * letters inherits. An inline element with a `dir` is isolated by the
 * browser, so a Latin name in a link never reorders its Arabic neighbours;
 * in right-to-left text, the few runs the bidirectional algorithm gets wrong
 * by itself (fragileRuns: "C++", "@OpenAI", "example.com/ar/", phone
 * numbers) are isolated in `<bdi dir="ltr">`. Two walks, linear.
 */
export function setDirections(root: Element, base: TextDirection): void {
  const vote = votes(root);
  const inherited: TextDirection[] = [base];
  let inCode = 0;
  const fragile: Text[] = [];
  walkTree(root, {
    enter: (el) => {
      const around = inherited[inherited.length - 1];
      let own = around;
      if (NOT_PROSE.has(el.tagName)) {
        inCode++;
        own = 'ltr';
      } else if (PAGE_CHOICE.has(el.tagName)) {
        const dir = el.getAttribute('dir')?.toLowerCase();
        own = dir === 'ltr' || dir === 'rtl' ? dir : (vote.get(el) ?? around);
      } else if (FOLLOWS_TABLE.has(el.tagName)) el.removeAttribute('dir');
      else {
        const majority = vote.get(el) ?? null;
        if (majority && majority !== around) {
          el.setAttribute('dir', majority);
          own = majority;
        } else el.removeAttribute('dir');
      }
      inherited.push(own);
    },
    exit: (el) => {
      inherited.pop();
      if (NOT_PROSE.has(el.tagName)) inCode--;
    },
    text: (data, node) => {
      if (!inCode && inherited[inherited.length - 1] === 'rtl' && MAY_HOLD_RUNS.test(data)) fragile.push(node);
    },
  });
  for (const text of fragile) isolateRuns(text);
}
