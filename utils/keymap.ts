/**
 * The reader's keys, as data: the reader acts on them and the options page
 * lists them. The browser shortcut that opens the full-page view
 * (Alt+Shift+K) is the manifest's, not the reader's.
 */
import type { UiStringKey } from './ui-strings';

/** What a reader key does. */
export type ReaderAction =
  | 'larger'
  | 'smaller'
  | 'toggle-quotes'
  | 'next-quote'
  | 'previous-quote'
  | 'listen'
  | 'flip-direction'
  | 'save'
  | 'edit'
  | 'remove-block'
  | 'undo-removal'
  | 'next-block'
  | 'previous-block'
  | 'highlight'
  | 'close';

export interface KeyBinding {
  /** `KeyboardEvent.key` values that do it (letters in lower case: any case matches). */
  keys: readonly string[];
  action: ReaderAction;
  /** The line of the options page's key list that tells of it. */
  label: UiStringKey;
}

/** Every reader key, in the order the options page tells of them. */
export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['+', '='], action: 'larger', label: 'keyLarger' },
  { keys: ['-', '_'], action: 'smaller', label: 'keyLarger' },
  { keys: ['q'], action: 'toggle-quotes', label: 'keyQuotes' },
  { keys: ['j'], action: 'next-quote', label: 'keyQuotes' },
  { keys: ['k'], action: 'previous-quote', label: 'keyQuotes' },
  { keys: ['p'], action: 'listen', label: 'keyListen' },
  { keys: ['d'], action: 'flip-direction', label: 'keyFlip' },
  { keys: ['s'], action: 'save', label: 'keySave' },
  // Highlights the selected text and opens its note: the keyboard's way to the selection's toolbar.
  { keys: ['h'], action: 'highlight', label: 'keyHighlight' },
  // Edit mode: the arrows, Delete and U act only while it is on (elsewhere they scroll and type as usual).
  { keys: ['e'], action: 'edit', label: 'keyEdit' },
  { keys: ['Delete', 'Backspace'], action: 'remove-block', label: 'keyEdit' },
  { keys: ['u'], action: 'undo-removal', label: 'keyEdit' },
  { keys: ['ArrowDown'], action: 'next-block', label: 'keyEdit' },
  { keys: ['ArrowUp'], action: 'previous-block', label: 'keyEdit' },
  { keys: ['Escape'], action: 'close', label: 'keyClose' },
];

/** The action of a key (`KeyboardEvent.key`), or null when it is no reader key. */
export function actionOf(key: string): ReaderAction | null {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return KEYMAP.find((binding) => binding.keys.includes(k))?.action ?? null;
}

/** The options page's key list: each line once, in keymap order. */
export function keyLabels(): UiStringKey[] {
  return [...new Set(KEYMAP.map((binding) => binding.label))];
}

/** Keys typed into form controls are never taken over by the reader. */
function typingIn(e: KeyboardEvent): boolean {
  const el = e.composedPath()[0] as HTMLElement | undefined;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable === true);
}

/** A key the reader may take: not taken already, no Ctrl, Meta or Alt (the browser's and the system's), not typed into a form control. */
export function plainReaderKey(e: KeyboardEvent): boolean {
  return !e.defaultPrevented && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e);
}
