/** The report: the per-case table, the summary, and what Qari lost or added where it does worse. */
import { normalizeArabic } from '../../utils/text/arabic';
import { satisfied, type Row, type SystemScore } from './scoring';

const f3 = (n: number) => n.toFixed(3);
const signed = (n: number) => (n >= 0 ? '+' : '') + n.toFixed(3);
const mark = (ok: boolean | null) => (ok === null ? '-' : ok ? '✓' : '✗');

/** The score cell of one system: P/R/F1 and/or snippets, or why nothing was found. */
function scoreCell(s: SystemScore): string {
  const parts: string[] = [];
  if (s.prf) parts.push(`P ${f3(s.prf.precision)} R ${f3(s.prf.recall)} F1 ${f3(s.prf.f1)}`);
  if (s.segments) {
    const g = s.segments;
    parts.push(`with ${g.withFound}/${g.withTotal} w/o ${g.withoutAbsent}/${g.withoutTotal} ${g.pass ? 'pass' : 'FAIL'}`);
  }
  if (!s.found) parts.push(`(${s.reason})`);
  return parts.join('; ');
}

/** The Δ cell: F1 difference and/or difference in snippets satisfied. */
function deltaCell(row: Row): string {
  const parts: string[] = [];
  if (row.deltaF1 !== null) parts.push(signed(row.deltaF1));
  if (row.deltaSegments !== null) parts.push(`${row.deltaSegments >= 0 ? '+' : ''}${row.deltaSegments} seg`);
  return parts.join('; ') + (row.qariWorse ? ' !' : '');
}

/** `cells` as lines of left-aligned columns. */
function alignTable(cells: string[][]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  return cells.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd()).join('\n');
}

/** The per-case table. */
export function table(rows: Row[]): string {
  const head = ['case', 'gold', 'Qari', 'Readability', 'ΔF1', 'expected dir', 'Qari dir', 'Rdb dir'];
  const body = rows.map((row) => [
    row.case,
    row.gold,
    scoreCell(row.qari),
    scoreCell(row.readability),
    deltaCell(row),
    row.expectedDir ?? '-',
    `${mark(row.qari.dirOk)} ${row.qari.dir ?? '-'}`,
    `${mark(row.readability.dirOk)} ${row.readability.dir ?? '-'}`,
  ]);
  const rule = head.map(() => '');
  const lines = alignTable([head, rule, ...body]).split('\n');
  lines[1] = '-'.repeat(Math.max(...lines.map((l) => [...l].length)));
  return lines.join('\n');
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Aggregate figures over all rows. */
export function summarise(rows: Row[]) {
  const text = rows.filter((r) => r.qari.prf && r.readability.prf);
  const seg = rows.filter((r) => r.qari.segments && r.readability.segments);
  const rtl = rows.filter((r) => r.expectedDir === 'rtl');
  const withDir = rows.filter((r) => r.expectedDir);
  return {
    cases: rows.length,
    textCases: text.length,
    meanF1: { qari: mean(text.map((r) => r.qari.prf!.f1)), readability: mean(text.map((r) => r.readability.prf!.f1)) },
    segmentCases: seg.length,
    segmentPasses: {
      qari: seg.filter((r) => r.qari.segments!.pass).length,
      readability: seg.filter((r) => r.readability.segments!.pass).length,
    },
    rtlCases: rtl.length,
    rtlDirCorrect: {
      qari: rtl.filter((r) => r.qari.dirOk).length,
      readability: rtl.filter((r) => r.readability.dirOk).length,
    },
    dirCases: withDir.length,
    dirCorrect: {
      qari: withDir.filter((r) => r.qari.dirOk).length,
      readability: withDir.filter((r) => r.readability.dirOk).length,
    },
    qariWorse: rows.filter((r) => r.qariWorse).map((r) => r.case),
    qariRtlDirWrong: rows.filter((r) => r.qariRtlDirWrong).map((r) => r.case),
  };
}
export type Summary = ReturnType<typeof summarise>;

/** The summary as text. */
export function summaryText(s: Summary): string {
  const pct = (n: number, d: number) => (d ? `${n}/${d} (${((100 * n) / d).toFixed(0)}%)` : '0/0');
  const failed = s.qariWorse.length > 0 || s.qariRtlDirWrong.length > 0;
  return [
    `Cases: ${s.cases} (${s.textCases} with full-text gold, ${s.segmentCases} with snippet gold)`,
    `Mean F1 over ${s.textCases} full-text cases: Qari ${f3(s.meanF1.qari)}, Readability ${f3(s.meanF1.readability)} (Δ ${signed(s.meanF1.qari - s.meanF1.readability)})`,
    `Snippet cases passed: Qari ${pct(s.segmentPasses.qari, s.segmentCases)}, Readability ${pct(s.segmentPasses.readability, s.segmentCases)}`,
    `RTL direction correct: Qari ${pct(s.rtlDirCorrect.qari, s.rtlCases)}, Readability ${pct(s.rtlDirCorrect.readability, s.rtlCases)}`,
    `All direction correct: Qari ${pct(s.dirCorrect.qari, s.dirCases)}, Readability ${pct(s.dirCorrect.readability, s.dirCases)}`,
    `Qari worse than Readability on ${s.qariWorse.length} case(s)${s.qariWorse.length ? ': ' + s.qariWorse.join(', ') : ''}`,
    `Qari wrong direction on ${s.qariRtlDirWrong.length} RTL case(s)${s.qariRtlDirWrong.length ? ': ' + s.qariRtlDirWrong.join(', ') : ''}`,
    failed ? 'RESULT: FAIL' : 'RESULT: OK',
  ].join('\n');
}

/** Lines of `a` whose normalised form is not a line of `b`. */
function linesNotIn(a: string, b: string): string[] {
  const other = new Set(b.split('\n').map(normalizeArabic));
  return a.split('\n').filter((line) => normalizeArabic(line) && !other.has(normalizeArabic(line)));
}

/** What Qari lost and added compared with Readability on a case it does worse on. */
export function diffText(row: Row): string {
  const goldNorm = normalizeArabic(row.scored.gold);
  const show = (line: string) => {
    const inGold = goldNorm.includes(normalizeArabic(line)) ? '[in gold]    ' : '[not in gold]';
    const cut = line.length > 160 ? line.slice(0, 157) + '...' : line;
    return `    ${inGold} ${cut}`;
  };
  const lost = linesNotIn(row.scored.readability, row.scored.qari);
  const added = linesNotIn(row.scored.qari, row.scored.readability);
  return [
    `${row.case}: Qari ${scoreCell(row.qari)} vs Readability ${scoreCell(row.readability)}`,
    `  lost (in Readability, not in Qari): ${lost.length} line(s)`,
    ...lost.map(show),
    `  added (in Qari, not in Readability): ${added.length} line(s)`,
    ...added.map(show),
  ].join('\n');
}
