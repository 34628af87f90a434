import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../utils/export/json-file';

const envelope = { format: 'qari-test', version: 2, maxChars: 200 };
const text = (value: unknown) => JSON.stringify(value);

describe('readEnvelope', () => {
  it('gives the file of the right format and version', () => {
    expect(readEnvelope(text({ format: 'qari-test', version: 2, items: [1] }), envelope)).toEqual({ ok: true, file: { format: 'qari-test', version: 2, items: [1] } });
  });
  it('says why any other text is refused', () => {
    expect(readEnvelope('x'.repeat(201), envelope)).toEqual({ ok: false, problem: 'too-large' });
    expect(readEnvelope('{"format":', envelope)).toEqual({ ok: false, problem: 'not-json' });
    for (const other of [null, 3, 'qari-test', [], { format: 'qari-other', version: 2 }]) expect(readEnvelope(text(other), envelope)).toEqual({ ok: false, problem: 'not-ours' });
    expect(readEnvelope(text({ format: 'qari-test', version: 3 }), envelope)).toEqual({ ok: false, problem: 'version' });
  });
  it('refuses a file of another shape as not ours before looking at its version', () => {
    const withItems = { ...envelope, isOurs: (file: Record<string, unknown>) => Array.isArray(file.items) };
    expect(readEnvelope(text({ format: 'qari-test', version: 3 }), withItems)).toEqual({ ok: false, problem: 'not-ours' });
    expect(readEnvelope(text({ format: 'qari-test', version: 3, items: [] }), withItems)).toEqual({ ok: false, problem: 'version' });
  });
});
