/**
 * The export file of site rules: one JSON object, versioned. An import is
 * all or nothing: a file with one bad rule is refused whole, with the reason.
 */
import { ruleProblem, validRule, type SiteRule } from './rules';

export const FILE_FORMAT = 'qari-site-rules';
export const FILE_VERSION = 1;
/** Larger than any list a person makes by hand; a bigger file is not ours. */
const MAX_FILE_CHARS = 2_000_000;

/** Why an import was refused; `rule` is the 1-based number of the bad rule. */
export type ImportProblem = { problem: 'not-json' | 'not-ours' | 'version' | 'too-large' } | { problem: 'bad-rule'; rule: number; field: string };

/** The file's text for `rules`. */
export function rulesFile(rules: readonly SiteRule[]): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, rules }, null, 2)}\n`;
}

/** The rules of an export file, or why it is refused. */
export function parseRulesFile(text: string): { ok: true; rules: SiteRule[] } | ({ ok: false } & ImportProblem) {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const file = data as { format?: unknown; version?: unknown; rules?: unknown } | null;
  if (!file || typeof file !== 'object' || file.format !== FILE_FORMAT || !Array.isArray(file.rules)) return { ok: false, problem: 'not-ours' };
  if (file.version !== FILE_VERSION) return { ok: false, problem: 'version' };
  const rules: SiteRule[] = [];
  for (const [i, value] of file.rules.entries()) {
    const field = ruleProblem(value);
    if (field) return { ok: false, problem: 'bad-rule', rule: i + 1, field };
    rules.push(validRule(value)!);
  }
  return { ok: true, rules };
}
