/**
 * Boxes built around a form field: newsletter sign-ups ("הירשמו לניוזלטר",
 * "اشترك في النشرة"), search boxes, "send us your story" and comment boxes.
 * Readability takes the form out and leaves its labels behind as short
 * lines; the box is marked before Readability reads the page, and clean-up
 * removes a marked box that holds no running text. A form never holds
 * article text; a box around one that does (a long article with a comment
 * form at its foot) is kept.
 */
import { closestOf, elementsByTags } from '../../dom/walk';
import { isRunningText } from '../../text/prose';
import { countWords } from '../../text/words';
import type { Remover } from './remover';

const MARK = 'data-qari-form-box';
/** The fields a reader types into or chooses from. */
export const FORM_FIELDS = ['INPUT', 'TEXTAREA', 'SELECT'];
const MAX_BOX_WORDS = 30;

/** Marks, in `doc` (a copy), the box around each form field (of `fields`, the body's, when the caller has them) a reader could type into. */
export function markFormBoxes(doc: Document, fields = elementsByTags(doc.body ?? doc, ...FORM_FIELDS)): void {
  for (const field of fields.filter((el) => el.getAttribute('type') !== 'hidden')) {
    const form = closestOf(field, 'form') ?? field;
    const box = form.parentElement;
    if (box && box !== doc.body && box.tagName !== 'HTML') box.setAttribute(MARK, '');
  }
}

/** Removes the marked boxes that hold no running text. */
export function removeFormBoxes(rm: Remover): void {
  for (const box of rm.elements((el) => el.hasAttribute(MARK))) {
    const text = rm.text(box);
    const prose = rm.holds(box, (el) => isRunningText(rm.text(el)) && countWords(rm.text(el)) > 12);
    if (countWords(text) <= MAX_BOX_WORDS && !prose) rm.remove(box, 'form-box');
  }
}
