/**
 * The envelope every Qari export file shares (site rules, the library): one
 * JSON object naming its format and version. This reads it; each file's
 * module then checks its own sections.
 */

/** Why a file was refused before its sections were read. */
export type EnvelopeProblem = { problem: 'not-json' | 'not-ours' | 'version' | 'too-large' };

export interface Envelope {
  format: string;
  version: number;
  /** Longer than any file of this kind; a longer text is refused unread. */
  maxChars: number;
  /** The shape the file must have besides its format to be one of ours (tested before the version). */
  isOurs?: (file: Record<string, unknown>) => boolean;
}

/** The file's JSON object when `text` is a file of `envelope`'s format and version; else why not. */
export function readEnvelope(text: string, { format, version, maxChars, isOurs }: Envelope): { ok: true; file: Record<string, unknown> } | ({ ok: false } & EnvelopeProblem) {
  if (text.length > maxChars) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!data || typeof data !== 'object') return { ok: false, problem: 'not-ours' };
  const file = data as Record<string, unknown>;
  if (file.format !== format || (isOurs && !isOurs(file))) return { ok: false, problem: 'not-ours' };
  if (file.version !== version) return { ok: false, problem: 'version' };
  return { ok: true, file };
}
