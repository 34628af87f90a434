/**
 * Quotation scoring for `npm run eval` (issue 13): on every case with a
 * `quotes.txt`, the spans `findQuotes` finds in Qari's article (both kinds,
 * speech and term) against the gold lines, and the speakers of the matched
 * spans whose gold names one; beside the naive baseline (quotation marks
 * alone, no speaker: `naiveQuotes`). Matching is defined in
 * utils/quotes/score.ts. Figures are pooled over spans, separately for the
 * pages rules were tuned on ("dev"), the held-out ones and our corpus's
 * second batch (holdout.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../utils/extract/extract';
import type { Quote } from '../../utils/quotes/quotes';
import { addCounts, countQuotes, naiveQuotes, noCounts, parseQuoteGold, rates, speakerMatch, type GoldQuote, type QuoteCounts } from '../../utils/quotes/score';
import { articleQuotes } from '../article-quotes';
import { loadPage } from '../load-page';
import type { Case } from './corpus';
import { quoteSplit, type QuoteSplit } from './holdout';

/** Done-when of issue 13, over all pages with quotes.txt: below any of these `npm run eval` fails. */
export const QUOTE_GOALS = { precision: 0.95, recall: 0.95, speakers: 0.9 };

/** What went wrong on one page, for the report. */
export interface QuoteMiss {
  what: 'missed' | 'extra' | 'speaker';
  text: string;
  /** Gold speaker (missed, speaker) and what Qari said (extra, speaker). */
  gold?: string;
  found?: string;
  kind?: Quote['kind'];
}

export interface QuoteRow {
  case: string;
  split: QuoteSplit;
  qari: QuoteCounts;
  /** Spans found by kind. */
  kinds: { speech: number; term: number };
  naive: QuoteCounts;
  misses: QuoteMiss[];
}

/** Whether a case has quotation gold. */
export const hasQuoteGold = (c: Case) => existsSync(join(c.path, 'quotes.txt'));

const cut = (s: string) => (s.length > 90 ? s.slice(0, 87) + '...' : s);

/** Scores one case's quotations (loads the page itself: the extraction scoring keeps its own document). */
export function scoreQuotes(c: Case): QuoteRow {
  const gold: GoldQuote[] = parseQuoteGold(readFileSync(join(c.path, 'quotes.txt'), 'utf8'));
  const dom = loadPage(join(c.path, 'source.html'), c.url);
  const result = extractArticle(dom.window.document, { url: c.url, window: dom.window as unknown as Window });
  const found = result.ok ? articleQuotes(dom.window.document, result.article) : [];
  const naive = result.ok ? naiveQuotes(result.article.text) : [];
  dom.window.close();

  const { counts, pairs } = countQuotes(found, gold);
  const misses: QuoteMiss[] = [];
  const matched = new Set(pairs.filter((k) => k >= 0));
  pairs.forEach((k, i) => {
    const g = gold[i];
    if (k < 0) misses.push({ what: 'missed', text: cut(g.text), gold: g.speaker });
    else if (g.speaker && !speakerMatch(found[k].speaker, g.speaker)) {
      misses.push({ what: 'speaker', text: cut(g.text), gold: g.speaker, found: found[k].speaker, kind: found[k].kind });
    }
  });
  found.forEach((q, k) => {
    if (!matched.has(k)) misses.push({ what: 'extra', text: cut(q.text), found: q.speaker, kind: q.kind });
  });
  return {
    case: c.label,
    split: quoteSplit(c.label),
    qari: counts,
    kinds: { speech: found.filter((q) => q.kind === 'speech').length, term: found.filter((q) => q.kind === 'term').length },
    naive: countQuotes(naive, gold).counts,
    misses,
  };
}

const pool = (rows: QuoteRow[], side: 'qari' | 'naive') => rows.reduce((sum, r) => addCounts(sum, r[side]), noCounts());

/** Pooled figures: all pages and each split (holdout.ts); Qari and the baseline. */
export function summariseQuotes(rows: QuoteRow[]) {
  const part = (subset: QuoteRow[]) => {
    const qari = pool(subset, 'qari');
    const naive = pool(subset, 'naive');
    return { pages: subset.length, counts: qari, qari: rates(qari), naive: { precision: rates(naive).precision, recall: rates(naive).recall, speakers: 0 } };
  };
  const all = part(rows);
  const goalsMet = all.qari.precision >= QUOTE_GOALS.precision && all.qari.recall >= QUOTE_GOALS.recall && all.qari.speakers >= QUOTE_GOALS.speakers;
  const split = (name: QuoteSplit) => part(rows.filter((r) => r.split === name));
  return { all, dev: split('dev'), heldOut: split('held-out'), batch2: split('batch 2'), goals: QUOTE_GOALS, goalsMet };
}
export type QuoteSummary = ReturnType<typeof summariseQuotes>;

const f3 = (n: number) => n.toFixed(3);
const ratio = (n: number, d: number) => `${n}/${d}`;

/** The per-case quotation table. */
export function quoteTable(rows: QuoteRow[]): string {
  const head = ['case', 'split', 'gold', 'Qari P', 'Qari R', 'speakers', 'kinds', 'naive P', 'naive R'];
  const body = rows.map((r) => {
    const q = rates(r.qari);
    const n = rates(r.naive);
    return [
      r.case,
      r.split,
      String(r.qari.gold),
      `${f3(q.precision)} (${ratio(r.qari.matched, r.qari.found)})`,
      f3(q.recall),
      r.qari.speakerGold ? `${f3(q.speakers)} (${ratio(r.qari.speakerRight, r.qari.speakerGold)})` : '-',
      `${r.kinds.speech} speech, ${r.kinds.term} term`,
      `${f3(n.precision)} (${ratio(r.naive.matched, r.naive.found)})`,
      f3(n.recall),
    ];
  });
  const cells = [head, ...body];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const lines = cells.map((row) => row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd());
  lines.splice(1, 0, '-'.repeat(Math.max(...lines.map((l) => [...l].length))));
  return lines.join('\n');
}

/** Every miss, page by page. */
export function quoteMisses(rows: QuoteRow[]): string {
  const lines: string[] = [];
  for (const r of rows) {
    if (!r.misses.length) continue;
    lines.push(`${r.case} (${r.split}):`);
    for (const m of r.misses) {
      if (m.what === 'missed') lines.push(`    missed   «${m.text}» — ${m.gold || '(no speaker)'}`);
      else if (m.what === 'extra') lines.push(`    extra    «${m.text}» — ${m.found || '?'} [${m.kind}]`);
      else lines.push(`    speaker  «${m.text}» — gold ${m.gold}, Qari ${m.found || '(none)'} [${m.kind}]`);
    }
  }
  return lines.join('\n');
}

/** The summary lines. */
export function quoteSummaryText(s: QuoteSummary): string {
  const line = (name: string, p: QuoteSummary['all']) =>
    !p.pages ? `${name.padEnd(9)}  no pages` : `${name.padEnd(9)} ${String(p.pages).padStart(2)} pages, ${String(p.counts.gold).padStart(3)} gold spans: ` +
    `Qari P ${f3(p.qari.precision)} R ${f3(p.qari.recall)} speakers ${f3(p.qari.speakers)} (exact ${f3(p.qari.speakersExact)}, ${ratio(p.counts.speakerRight, p.counts.speakerGold)}); ` +
    `naive P ${f3(p.naive.precision)} R ${f3(p.naive.recall)} speakers 0`;
  return [
    'Quotations (spans of both kinds; speakers over matched spans whose gold names one):',
    line('dev', s.dev),
    line('held-out', s.heldOut),
    line('batch 2', s.batch2),
    line('all', s.all),
    `Goals (all pages): P ≥ ${s.goals.precision}, R ≥ ${s.goals.recall}, speakers ≥ ${s.goals.speakers}: ${s.goalsMet ? 'met' : 'NOT MET'}`,
    s.goalsMet ? 'RESULT (quotations): OK' : 'RESULT (quotations): FAIL',
  ].join('\n');
}
