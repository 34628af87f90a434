import { describe, expect, it } from 'vitest';
import { primarySubtag, regionSubtag } from '../../../utils/text/language';

describe('primarySubtag', () => {
  it('reads the primary subtag', () => {
    expect(primarySubtag(' ar-EG ')).toBe('ar');
    expect(primarySubtag('ckb-IQ')).toBe('ckb');
  });
  it('reads primary subtags', () => {
    expect(['ar-EG', 'AR_sa', 'fa', '', 'en-Latn-US'].map((tag) => primarySubtag(tag))).toEqual(['ar', 'ar', 'fa', '', 'en']);
  });
});

describe('regionSubtag', () => {
  it('reads the region, skipping a script subtag', () => {
    expect(['ar_EG', 'es-419', 'sr-Latn-RS', 'ar', ''].map(regionSubtag)).toEqual(['eg', '419', 'rs', '', '']);
  });
});
