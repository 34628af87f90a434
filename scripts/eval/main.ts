/**
 * npm run eval -- [DIR...] [--json] [--diff]   (scripts/eval/: corpus, systems, peers, scoring, report)
 *
 * Scores Qari's extraction core beside raw Readability 0.6.0 and two peers
 * (Defuddle, @extractus/article-extractor) on the gold corpora: by default
 * ../shared/corpus next to the repository (or $QARI_SHARED/corpus) and our
 * own held-out pages in tests/fixtures/corpus. A DIR is a corpus root (cases
 * are the folders holding `source.html`, found recursively) or one case.
 * Every system reads the same page at the case's `url` (or
 * http://fakehost/test/page.html, what Readability's own fixtures expect).
 *
 * What is compared with the gold:
 * - Qari: `article.text` plus one line holding `article.source` when set
 *   (clean-up moves the agency line into the header, where raw Readability
 *   leaves it in the body); Readability and the peers: the block text of the
 *   HTML they return.
 * - Body: bag-of-tokens P/R/F1 (utils/text/score.ts). Where `case.json` has
 *   `gold_has_title_line`, the headline is scored apart (`titleOk`) and the
 *   bodies whole; elsewhere lines equal to either title are dropped first.
 * - Leaks: `must-not.txt` snippets found in the title or body shown.
 * - Refusals: a page with gold text that a system refused; pages with
 *   `not_article` must be refused, and have no direction to judge.
 * - Direction: Qari's `article.dir`, Readability's `parse().dir ?? 'ltr'`.
 *
 * Quotations (quotes.ts): on every case with `quotes.txt`, span precision and
 * recall and speaker accuracy of `findQuotes` beside the naive baseline, for
 * the pages rules were tuned on and the held-out ones (holdout.ts); their
 * table, misses and figures print after the extraction table.
 *
 * Exit code 1 on any Qari leak, refused real article, page that is not an
 * article shown, wrong direction on an RTL page, page more than 0.005 F1
 * below raw Readability, or quotations below QUOTE_GOALS over all pages with
 * quotation gold; 0 otherwise, and 0 when no corpus is found. The last line
 * is the summary as JSON, quotation figures in `summary.quotes` (with every
 * row and `quoteRows` under `--json`); `--diff` adds the lines Qari lost or
 * added on each failing page.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPORA, collectCases } from './corpus';
import { fetchAttempts } from './peers';
import { diffText, summarise, summaryText, table } from './report';
import { evaluate } from './scoring';
import { hasQuoteGold, quoteMisses, quoteSummaryText, quoteTable, scoreQuotes, summariseQuotes } from './quotes';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, diff: { type: 'boolean', default: false } },
  });
  const dirs = (positionals.length ? positionals : DEFAULT_CORPORA).map((d) => resolve(d));
  const cases = collectCases(dirs);
  if (!cases.length) {
    if (dirs.every((d) => existsSync(d))) console.log('no cases (folders holding source.html) found, skipping');
    return 0;
  }

  const rows = [];
  for (const c of cases) rows.push(await evaluate(c));
  const summary = summarise(rows);
  console.log(table(rows));
  if (values.diff) {
    const failing = rows.filter((r) => r.qariWorse || r.scores.qari.leaks.length || r.scores.qari.refused);
    if (failing.length) console.log(`\n${failing.map(diffText).join('\n\n')}`);
  }
  if (fetchAttempts.length) console.log(`\nA peer tried the network (refused): ${fetchAttempts.join(', ')}`);
  const quoteRows = cases.filter(hasQuoteGold).map(scoreQuotes);
  const quotes = summariseQuotes(quoteRows);
  if (quoteRows.length) console.log(`\n${quoteTable(quoteRows)}\n\nQuotation misses:\n${quoteMisses(quoteRows)}\n\n${quoteSummaryText(quotes)}`);
  // One verdict for the run: the extraction's failures and the quotation goals.
  const full = { ...summary, quotes, ok: summary.ok && (!quoteRows.length || quotes.goalsMet) };
  console.log(`\n${summaryText(full)}`);
  const plain = values.json ? rows.map(({ scored: _scored, ...rest }) => rest) : undefined;
  console.log(JSON.stringify({ summary: full, ...(plain ? { rows: plain, quoteRows } : {}) }));
  return full.ok ? 0 : 1;
}

process.exitCode = await main();
