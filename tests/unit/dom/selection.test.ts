import { describe, expect, it } from 'vitest';
import { selectedRange } from '../../../utils/dom/selection';

describe('selectedRange', () => {
  it('gives the document selection inside a view drawn in the document, and clears it when asked', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>أعلنت الوزارة اليوم</p>';
    document.body.append(root);
    const text = root.querySelector('p')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, 5);
    expect(selectedRange(root)!.toString()).toBe('أعلنت');
    expect(selectedRange(root, true)!.toString()).toBe('أعلنت');
    expect(selectedRange(root)).toBeNull();
    root.remove();
  });

  it('gives null with nothing selected', () => {
    document.getSelection()!.removeAllRanges();
    expect(selectedRange(document.body)).toBeNull();
  });
});
