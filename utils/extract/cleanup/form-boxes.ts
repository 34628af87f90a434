/**
 * Boxes built around a form field: newsletter sign-ups ("הירשמו לניוזלטר",
 * "اشترك في النشرة"), search boxes, "send us your story" and comment boxes.
 * Readability takes the form out and leaves its labels behind as short
 * lines; the box is marked before Readability reads the page, and clean-up
 * removes a marked box that holds no running text. A form never holds
 * article text; a box around one that does (a long article with a comment
 * form at its foot) is kept.
 */
import { textOf } from '../../dom/blocks';
import { descendants, elementsByTags } from '../../dom/walk';
import { isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import type { Remover } from './remover';

const MARK = 'data-qari-form-box';
const FIELD = 'INPUT TEXTAREA SELECT'.split(' ');
const MAX_BOX_WORDS = 30;

/** Marks, in `doc` (a copy), the box around each form field a reader could type into. */
export function markFormBoxes(doc: Document): void {
  for (const field of elementsByTags(doc.body ?? doc, ...FIELD).filter((el) => el.getAttribute('type') !== 'hidden')) {
    const form = field.closest('form') ?? field;
    const box = form.parentElement;
    if (box && box !== doc.body && box.tagName !== 'HTML') box.setAttribute(MARK, '');
  }
}

/** Removes the marked boxes that hold no running text. */
export function removeFormBoxes(rm: Remover): void {
  for (const box of descendants(rm.root, (el) => el.hasAttribute(MARK))) {
    const text = textOf(box);
    const prose = descendants(box).some((el) => isRunningText(textOf(el)) && countWords(textOf(el)) > 12);
    if (countWords(text) <= MAX_BOX_WORDS && !prose) rm.remove(box, 'form-box');
  }
}
