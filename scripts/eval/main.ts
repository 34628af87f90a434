/**
 * npm run eval -- [DIR...] [--json]   (scripts/eval/: corpus, systems, scoring, report)
 *
 * Scores Qari's extraction core against raw Readability 0.6.0 on the external
 * corpus (default: ../shared/corpus next to the repository, or $QARI_SHARED/corpus,
 * and our own held-out pages in tests/fixtures/corpus). A DIR is either a
 * corpus root (cases are the folders holding `source.html`, found recursively)
 * or one case folder. Both systems read the same jsdom document, loaded at the
 * case's `url` (or http://fakehost/test/page.html, what Readability's own
 * fixtures expect).
 *
 * What is compared with the gold:
 * - Qari: `article.text` (the body, which does not hold the title), plus one
 *   line holding `article.source` when it is set. That is the only header
 *   field added back: clean-up takes the agency line ("المصدر: ...") out of
 *   the body into the header, where raw Readability leaves it in the body. Its
 *   "المصدر:" label is not added. Title, byline, site name, date and excerpt
 *   are not added: Readability never has the title in its body other than as a
 *   heading (handled below), the byline Qari shows is Readability's own (same
 *   body on both sides), and Qari's date is shown reformatted, not as the
 *   words of the page.
 * - Readability: `blockText` of `parse().content`, parsed as a jsdom fragment.
 * - Title lines: any line whose normalised form equals the normalised title of
 *   either system (Qari's `article.title`, Readability's `title`) is dropped
 *   from the gold and from both texts before token P/R/F1 (`expected.txt`).
 *   Snippet gold (`expected-segments.json`) is checked on the texts as above,
 *   no line dropped.
 * - Direction: Qari's `article.dir`; Readability's `parse().dir ?? 'ltr'` (what
 *   Firefox would show); expected is `expected-metadata.json` `dir` when set,
 *   else the rtl/ltr that `case.json` `direction` starts with.
 * - A system that returns no article scores 0 everywhere: P/R/F1 0, no snippet
 *   satisfied (neither `with` found nor `without` absent), direction wrong.
 *
 * Exit code 1 when Qari is worse than raw Readability on any case (F1 lower by
 * more than 0.005, or fewer snippets satisfied) or gets the direction of an RTL
 * case wrong; 0 otherwise, and 0 when no corpus is found. `--json` prints one
 * JSON object with all rows and the summary as the last line.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPORA, collectCases } from './corpus';
import { diffText, summarise, summaryText, table } from './report';
import { evaluate } from './scoring';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const dirs = (positionals.length ? positionals : DEFAULT_CORPORA).map((d) => resolve(d));
  const cases = collectCases(dirs);
  if (!cases.length) {
    if (dirs.every((d) => existsSync(d))) console.log('no cases (folders holding source.html) found, skipping');
    return 0;
  }

  const rows = cases.map(evaluate);
  const summary = summarise(rows);
  console.log(table(rows));
  const worse = rows.filter((r) => r.qariWorse);
  if (worse.length) console.log(`\nWhere Qari is worse (lines compared after normalisation):\n${worse.map(diffText).join('\n\n')}`);
  console.log(`\n${summaryText(summary)}`);
  if (values.json) {
    const plain = rows.map(({ scored: _scored, ...rest }) => rest);
    console.log(JSON.stringify({ rows: plain, summary }));
  }
  return summary.qariWorse.length || summary.qariRtlDirWrong.length ? 1 : 0;
}

process.exitCode = main();
