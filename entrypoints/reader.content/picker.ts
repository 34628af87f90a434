import { textOf } from '../../utils/dom/blocks';
import { formatNumber } from '../../utils/text/format';
import { ownName } from '../../utils/sites/selector';
import { t, uiDirection, uiLanguage } from '../../utils/browser/i18n';

export const PICKER_ID = 'qari-picker-root';

/** What the picker asks of the reader. */
export interface PickerCallbacks {
  /** The user chose `el`: true when it holds an article (the picker ends), false to keep choosing. */
  choose(el: Element): Promise<boolean>;
  /** The user cancelled (Esc, the Cancel button). */
  cancel(): void;
}

const CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important; }
.frame { position: fixed; box-sizing: border-box; border: 3px solid #c2410c; background: rgba(194, 65, 12, 0.08); border-radius: 3px; pointer-events: none; }
.bar { position: fixed; inset-block-end: 12px; inset-inline: 12px; margin-inline: auto; max-inline-size: 46em; box-sizing: border-box; display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center;
  padding: 10px 14px; border-radius: 8px; background: #17181a; color: #f5f4f0; font: 15px/1.6 "Noto Naskh Arabic", system-ui, sans-serif; box-shadow: 0 4px 18px rgba(0,0,0,.35); pointer-events: auto; }
.bar:focus { outline: 3px solid #ffb86b; outline-offset: 2px; }
h2 { margin: 0; font-size: 16px; }
p { margin: 0; flex: 1 1 18em; }
.status { flex-basis: 100%; color: #ffd7a8; }
button { font: inherit; color: #17181a; background: #ffb86b; border: 0; border-radius: 6px; padding: 4px 12px; cursor: pointer; }
button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
`;

/** A short name of an element for the status line: its tag and the stable name a rule would use. */
function describe(el: Element): string {
  const name = ownName(el, new Map());
  return `${el.tagName.toLowerCase()}${name}`.slice(0, 60);
}

/** Children that take room on screen (a child without a box cannot be outlined). */
const shown = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/**
 * "Choose the article on the page": the page itself, the element under the
 * pointer outlined; arrows move to the parent (↑), the first child (↓) and
 * the neighbours (← →); a click or Enter chooses, Esc cancels. Drawn in a
 * closed shadow root of its own that the page cannot read; the page is
 * never changed. Returns how to stop it.
 */
export function startPicker(callbacks: PickerCallbacks, mode: ShadowRootMode): () => void {
  const host = document.createElement('div');
  host.id = PICKER_ID;
  const shadow = host.attachShadow({ mode });
  const style = document.createElement('style');
  style.textContent = CSS;
  const frame = Object.assign(document.createElement('div'), { className: 'frame' });
  const bar = Object.assign(document.createElement('div'), { className: 'bar', tabIndex: -1 });
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-labelledby', 'qari-picker-title');
  const lang = uiLanguage();
  bar.lang = lang;
  bar.dir = uiDirection();
  const title = Object.assign(document.createElement('h2'), { id: 'qari-picker-title', textContent: t('pickerTitle') });
  const hint = Object.assign(document.createElement('p'), { textContent: t('pickerHint') });
  const cancelButton = Object.assign(document.createElement('button'), { type: 'button', textContent: t('pickerCancel') });
  const status = Object.assign(document.createElement('div'), { className: 'status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('data-qari', 'picker-status');
  bar.append(title, hint, cancelButton, status);
  shadow.append(style, frame, bar);
  document.documentElement.append(host);

  let current: Element = document.querySelector('article, main, [role="main"]') ?? document.body;
  let choosing = false;
  const draw = () => {
    const r = current.getBoundingClientRect();
    Object.assign(frame.style, { top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const moveTo = (el: Element | null, announce = true) => {
    if (!el || el === host || el === document.documentElement) return;
    current = el;
    draw();
    // The element's name is Latin in an Arabic line: isolated, left to right (U+2066…U+2069).
    if (announce) status.textContent = t('pickerAt', { what: `\u2066${describe(el)}\u2069`, count: formatNumber(textOf(el).length, lang) });
  };
  const choose = async () => {
    if (choosing) return;
    choosing = true;
    const ok = await callbacks.choose(current).catch(() => false);
    choosing = false;
    if (ok) stop();
    else status.textContent = t('pickerTooSmall');
  };
  const ours = (e: Event) => e.composedPath().includes(host);
  const onOver = (e: MouseEvent) => {
    if (e.isTrusted && !ours(e) && e.target instanceof Element) moveTo(e.target, e.target !== current);
  };
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted || ours(e)) return;
    // The page's own handlers and links never see the choosing click.
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.target instanceof Element) moveTo(e.target, false);
    void choose();
  };
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.ctrlKey || e.metaKey || e.altKey) return;
    const next = rtl ? 'ArrowLeft' : 'ArrowRight';
    const previous = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === 'Escape') stop(), callbacks.cancel();
    else if (e.key === 'Enter' && e.composedPath()[0] !== cancelButton) void choose();
    else if (e.key === 'ArrowUp') moveTo(current === document.body ? null : current.parentElement);
    else if (e.key === 'ArrowDown') moveTo(Array.from(current.children).find(shown) ?? null);
    else if (e.key === next) moveTo(nextShown(current, 'nextElementSibling'));
    else if (e.key === previous) moveTo(nextShown(current, 'previousElementSibling'));
    else return;
    e.preventDefault();
    e.stopImmediatePropagation();
    current.scrollIntoView?.({ block: 'nearest' });
    draw();
  };
  const nextShown = (el: Element, way: 'nextElementSibling' | 'previousElementSibling') => {
    for (let s = el[way]; s; s = s[way]) if (shown(s)) return s;
    return null;
  };
  const onCancel = () => (stop(), callbacks.cancel());
  const stopped = { done: false };
  const listeners: Array<[EventTarget, string, EventListener]> = [
    [document, 'mouseover', onOver as EventListener],
    [window, 'click', onClick as EventListener],
    [window, 'keydown', onKey as EventListener],
    [window, 'scroll', draw],
    [window, 'resize', draw],
  ];
  for (const [target, type, fn] of listeners) target.addEventListener(type, fn, true);
  cancelButton.addEventListener('click', onCancel);
  function stop() {
    if (stopped.done) return;
    stopped.done = true;
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn, true);
    host.remove();
  }
  moveTo(current);
  bar.focus({ preventScroll: true });
  return stop;
}
