/**
 * The export file of site rules: one JSON object, versioned. An import is
 * all or nothing: a file with one bad rule is refused whole, with the reason.
 */
import { readEnvelope, type EnvelopeProblem } from '../export/json-file';
import { ruleProblem, validRule, type SiteRule } from './rules';

export const FILE_FORMAT = 'qari-site-rules';
export const FILE_VERSION = 1;
/** Larger than any list a person makes by hand; a bigger file is not ours. */
const MAX_FILE_CHARS = 2_000_000;

/** Why an import was refused; `rule` is the 1-based number of the bad rule. */
export type ImportProblem = EnvelopeProblem | { problem: 'bad-rule'; rule: number; field: string };

/** The file's text for `rules`. */
export function rulesFile(rules: readonly SiteRule[]): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, rules }, null, 2)}\n`;
}

/** The rules of an export file, or why it is refused. */
export function parseRulesFile(text: string): { ok: true; rules: SiteRule[] } | ({ ok: false } & ImportProblem) {
  const read = readEnvelope(text, { format: FILE_FORMAT, version: FILE_VERSION, maxChars: MAX_FILE_CHARS, isOurs: (file) => Array.isArray(file.rules) });
  if (!read.ok) return read;
  const rules: SiteRule[] = [];
  for (const [i, value] of (read.file.rules as unknown[]).entries()) {
    const field = ruleProblem(value);
    if (field) return { ok: false, problem: 'bad-rule', rule: i + 1, field };
    rules.push(validRule(value)!);
  }
  return { ok: true, rules };
}
