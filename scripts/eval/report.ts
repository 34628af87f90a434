/** The report: the per-case table, the summary, and what Qari lost or added where it does worse. */
import { normalizeArabic } from '../../utils/text/arabic';
import { PEER_LABEL } from './peers';
import { F1_TOLERANCE, SYSTEMS, type Row, type SystemName, type SystemScore } from './scoring';

const f3 = (n: number) => n.toFixed(3);
const signed = (n: number) => (n >= 0 ? '+' : '') + n.toFixed(3);
const mark = (ok: boolean | null) => (ok === null ? '-' : ok ? '✓' : '✗');
const LABEL: Record<SystemName, string> = { qari: 'Qari', readability: 'Readability', ...PEER_LABEL };

/** A system's cell: F1 and leaks, snippets, or whether it refused (rightly or not). */
function scoreCell(s: SystemScore, row: Row): string {
  if (row.notArticle) return s.found ? 'shown ✗' : 'refused ✓';
  const parts: string[] = [];
  if (!s.found) parts.push(`REFUSED (${s.reason})`);
  else {
    if (s.prf) parts.push(f3(s.prf.f1));
    if (s.segments) parts.push(`seg ${s.segments.withFound}/${s.segments.withTotal}+${s.segments.withoutAbsent}/${s.segments.withoutTotal}`);
    if (s.leaks.length) parts.push(`${s.leaks.length} leak${s.leaks.length > 1 ? 's' : ''}`);
    if (s.titleOk === false) parts.push('title✗');
  }
  return parts.join(' ');
}

/** `cells` as lines of left-aligned columns. */
function alignTable(cells: string[][]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  return cells.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd()).join('\n');
}

/** Qari's F1 against raw Readability's and against the best peer's, on one row. */
function deltas(row: Row): string {
  const q = row.scores.qari.prf?.f1;
  if (q === undefined || !row.bestPeer) return row.deltaSegments !== null ? `${row.deltaSegments >= 0 ? '+' : ''}${row.deltaSegments} seg` : '';
  const best = row.scores[row.bestPeer].prf!.f1;
  return `${signed(row.deltaF1 ?? 0)} / ${signed(q - best)}${row.qariWorse ? ' !' : ''}`;
}

/** The per-case table: every system's F1 (leaks, refusals), Δ against Readability and the best peer, directions. */
export function table(rows: Row[]): string {
  const head = ['case', ...SYSTEMS.map((s) => LABEL[s]), 'best peer', 'Δ Rdb / best', 'dir', 'Qari dir', 'Rdb dir'];
  const body = rows.map((row) => [
    row.case,
    ...SYSTEMS.map((s) => scoreCell(row.scores[s], row)),
    row.bestPeer ? LABEL[row.bestPeer] : '-',
    deltas(row),
    row.expectedDir ?? '-',
    `${mark(row.scores.qari.dirOk)} ${row.scores.qari.dir ?? '-'}`,
    `${mark(row.scores.readability.dirOk)} ${row.scores.readability.dir ?? '-'}`,
  ]);
  const lines = alignTable([head, head.map(() => ''), ...body]).split('\n');
  lines[1] = '-'.repeat(Math.max(...lines.map((l) => [...l].length)));
  return lines.join('\n');
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Mean and lowest F1 of each system over `rows` (those with full-text gold). */
function f1Figures(rows: Row[]) {
  const text = rows.filter((r) => r.scores.qari.prf);
  return Object.fromEntries(
    SYSTEMS.map((s) => {
      const f1s = text.map((r) => r.scores[s].prf!.f1);
      return [s, { mean: round(mean(f1s)), min: round(f1s.length ? Math.min(...f1s) : 0) }];
    }),
  ) as Record<SystemName, { mean: number; min: number }>;
}

/** Aggregate figures over all rows; `failures` is what makes the run fail. */
export function summarise(rows: Row[]) {
  const rtl = rows.filter((r) => r.expectedDir === 'rtl');
  const count = (pick: (s: SystemScore) => number) =>
    Object.fromEntries(SYSTEMS.map((s) => [s, rows.reduce((n, r) => n + pick(r.scores[s]), 0)])) as Record<SystemName, number>;
  const rtlText = rtl.filter((r) => r.scores.qari.prf && r.bestPeer);
  const q = (r: Row) => r.scores.qari;
  const failures = {
    leaks: rows.filter((r) => q(r).leaks.length).map((r) => `${r.case} (${q(r).leaks.join(' | ')})`),
    refused: rows.filter((r) => q(r).refused).map((r) => r.case),
    acceptedNonArticles: rows.filter((r) => q(r).acceptedNonArticle).map((r) => r.case),
    rtlDirWrong: rows.filter((r) => r.qariRtlDirWrong).map((r) => r.case),
    worseThanReadability: rows.filter((r) => r.qariWorse).map((r) => r.case),
  };
  return {
    cases: rows.length,
    realRtlPages: rows.filter((r) => r.real && r.expectedDir === 'rtl' && r.scores.qari.prf).length,
    f1RealRtl: f1Figures(rows.filter((r) => r.real && r.expectedDir === 'rtl')),
    f1WrittenRtl: f1Figures(rows.filter((r) => !r.real && r.expectedDir === 'rtl')),
    f1Ltr: f1Figures(rows.filter((r) => r.expectedDir === 'ltr')),
    leaks: count((s) => s.leaks.length),
    refusals: count((s) => (s.refused ? 1 : 0)),
    acceptedNonArticles: count((s) => (s.acceptedNonArticle ? 1 : 0)),
    titlesRight: count((s) => (s.titleOk ? 1 : 0)),
    titleCases: rows.filter((r) => r.scores.qari.titleOk !== null).length,
    rtlDirCorrect: { qari: rtl.filter((r) => r.scores.qari.dirOk).length, readability: rtl.filter((r) => r.scores.readability.dirOk).length, of: rtl.filter((r) => r.scores.qari.dirOk !== null).length },
    /** RTL pages where Qari's F1 is at least the best peer's (within the tolerance). */
    atOrAboveBestPeer: { pages: rtlText.filter((r) => q(r).prf!.f1 >= r.scores[r.bestPeer!].prf!.f1 - F1_TOLERANCE).length, of: rtlText.length },
    failures,
    ok: Object.values(failures).every((list) => list.length === 0),
  };
}
export type Summary = ReturnType<typeof summarise>;

/** The summary as text. */
export function summaryText(s: Summary): string {
  const bySystem = (f: Record<SystemName, { mean: number; min: number }>) => SYSTEMS.map((n) => `${LABEL[n]} ${f3(f[n].mean)} (min ${f3(f[n].min)})`).join(', ');
  const counts = (c: Record<SystemName, number>) => SYSTEMS.map((n) => `${LABEL[n]} ${c[n]}`).join(', ');
  const list = (name: string, items: string[]) => `${name}: ${items.length}${items.length ? '\n    ' + items.join('\n    ') : ''}`;
  const f = s.failures;
  return [
    `Cases: ${s.cases}`,
    `Mean F1, real RTL pages (${s.realRtlPages}): ${bySystem(s.f1RealRtl)}`,
    `Mean F1, RTL pages written for tests: ${bySystem(s.f1WrittenRtl)}`,
    `Mean F1, LTR controls: ${bySystem(s.f1Ltr)}`,
    `Leaks (must-not snippets shown): ${counts(s.leaks)}`,
    `Real articles refused: ${counts(s.refusals)}`,
    `Pages that are not articles shown: ${counts(s.acceptedNonArticles)}`,
    `Headlines right (of ${s.titleCases}): ${counts(s.titlesRight)}`,
    `RTL direction right (of ${s.rtlDirCorrect.of}): Qari ${s.rtlDirCorrect.qari}, Readability ${s.rtlDirCorrect.readability}`,
    `Qari at or above the best peer on ${s.atOrAboveBestPeer.pages} of ${s.atOrAboveBestPeer.of} RTL pages`,
    list('Qari leaks', f.leaks),
    list('Qari refused a real article', f.refused),
    list('Qari showed a page that is not an article', f.acceptedNonArticles),
    list('Qari wrong direction on an RTL page', f.rtlDirWrong),
    list(`Qari more than ${F1_TOLERANCE} F1 below Readability`, f.worseThanReadability),
    s.ok ? 'RESULT: OK' : 'RESULT: FAIL',
  ].join('\n');
}

/** Lines of `a` whose normalised form is not a line of `b`. */
function linesNotIn(a: string, b: string): string[] {
  const other = new Set(b.split('\n').map(normalizeArabic));
  return a.split('\n').filter((line) => normalizeArabic(line) && !other.has(normalizeArabic(line)));
}

/** What Qari lost and added compared with the gold on a case where it fails. */
export function diffText(row: Row): string {
  const cut = (line: string) => `    ${line.length > 160 ? line.slice(0, 157) + '...' : line}`;
  const lost = linesNotIn(row.scored.gold, row.scored.qari);
  const added = linesNotIn(row.scored.qari, row.scored.gold);
  return [
    `${row.case}: Qari ${scoreCell(row.scores.qari, row)} vs Readability ${scoreCell(row.scores.readability, row)}`,
    `  in the gold, not in Qari: ${lost.length} line(s)`,
    ...lost.map(cut),
    `  in Qari, not in the gold: ${added.length} line(s)`,
    ...added.map(cut),
    `  removed by clean-up: ${row.scored.removed.length}`,
    ...row.scored.removed.map((r) => cut(`[${r.rule}] ${r.text}`)),
  ].join('\n');
}
