import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { KEYMAP, actionOf, keyLabels } from '../../utils/keymap';

describe('the reader keymap', () => {
  it('gives each key one action, letters in any case', () => {
    const keys = KEYMAP.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(actionOf('Q')).toBe('toggle-quotes');
    expect(actionOf('=')).toBe('larger');
    expect(actionOf('_')).toBe('smaller');
    expect(actionOf('Escape')).toBe('close');
    expect(actionOf('D')).toBe('flip-direction');
    expect(actionOf('E')).toBe('edit');
    expect(actionOf('s')).toBe('save');
    expect(actionOf('h')).toBe('highlight');
    expect(actionOf('Delete')).toBe('remove-block');
    expect(actionOf('Tab')).toBeNull();
    expect(actionOf('x')).toBeNull();
  });
  it('tells the options page of every key, once a line, in order', () => {
    expect(keyLabels()).toEqual(['keyLarger', 'keyQuotes', 'keyListen', 'keyFlip', 'keySave', 'keyHighlight', 'keyEdit', 'keyClose']);
    for (const label of keyLabels()) expect(en[label].message).toBeTruthy();
  });
});
