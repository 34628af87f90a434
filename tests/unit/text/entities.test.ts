import { describe, expect, it } from 'vitest';
import { decodeShownEntities, showsEntities } from '../../../utils/text/entities';

describe('character references shown as text', () => {
  it('decodes a double-escaped quotation once', () => {
    expect(decodeShownEntities('תוכנית &quot;גינה בכל שכונה&quot;')).toBe('תוכנית "גינה בכל שכונה"');
    expect(decodeShownEntities('&amp;quot;')).toBe('&quot;');
    expect(decodeShownEntities('&#1605;&#x644;')).toBe('مل');
  });
  it('leaves what is no reference alone, and never makes markup', () => {
    expect(decodeShownEntities('AT&T و R&D')).toBe('AT&T و R&D');
    expect(decodeShownEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
    expect(showsEntities('AT&T')).toBe(false);
    expect(showsEntities('&lt;b&gt;')).toBe(true);
  });
});
