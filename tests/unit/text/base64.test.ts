import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../../utils/text/base64';

const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff);

describe('base64', () => {
  it('encodes bytes as the standard base64 of them, longer than one chunk', () => {
    expect(toBase64(bytes, false)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('decodes base64 back to the same bytes', () => {
    expect(new Uint8Array(fromBase64(Buffer.from(bytes).toString('base64'), false))).toEqual(bytes);
  });

  it('uses a native decoder when there is one, and hands back exactly its bytes even when they are a view on a larger buffer', () => {
    const U = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
    const before = U.fromBase64;
    let calls = 0;
    U.fromBase64 = (s) => {
      calls++;
      const decoded = Buffer.from(s, 'base64');
      const padded = new Uint8Array(decoded.length + 16);
      padded.set(decoded, 8);
      return padded.subarray(8, 8 + decoded.length);
    };
    try {
      const out = fromBase64(toBase64(bytes, false));
      expect(calls).toBe(1);
      expect(out.byteLength).toBe(bytes.length);
      expect(new Uint8Array(out)).toEqual(bytes);
    } finally {
      if (before) U.fromBase64 = before;
      else delete U.fromBase64;
    }
  });

  it('handles no bytes', () => {
    expect(toBase64(new Uint8Array(0))).toBe('');
    expect(fromBase64('').byteLength).toBe(0);
  });
});
