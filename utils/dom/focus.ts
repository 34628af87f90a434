/** Keeping the focus inside a modal view. */

const FOCUSABLE = 'a[href], button:not([disabled]), select, input, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to
 * the last: a modal view keeps the focus inside. True when it moved it.
 */
export function keepFocusInside(root: HTMLElement, backwards: boolean): boolean {
  const focusable = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (!focusable.length) return false;
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const outside = !active || !root.contains(active);
  if (backwards && (outside || active === first)) last.focus();
  else if (!backwards && (outside || active === last)) first.focus();
  else return false;
  return true;
}
