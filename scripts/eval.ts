/**
 * npm run eval -- [DIR...] [--json]
 *
 * Scores Qari's extraction core against raw Readability 0.6.0 on the external
 * corpus (default: ../shared/corpus next to the repository, or $QARI_SHARED/corpus). A DIR is either a
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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { normalizeArabic } from '../utils/text/arabic';
import { blockText } from '../utils/dom/blocks';
import { extractArticle } from '../utils/extract/extract';
import { prf, segments, segmentsPass, type Prf, type SegmentGold, type SegmentScore } from '../utils/text/score';
import { loadPage } from './load-page';

/** Address Readability's own test pages are parsed at. */
const FIXTURE_URL = 'http://fakehost/test/page.html';
/** Qari may trail Readability by this much F1 on a case (rounding noise). */
const F1_TOLERANCE = 0.005;
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared folder beside the repository; QARI_SHARED points elsewhere (a clean clone in /tmp). */
const DEFAULT_CORPUS = resolve(process.env.QARI_SHARED ?? resolve(REPO_ROOT, '../shared'), 'corpus');

type Dir = 'rtl' | 'ltr';

/** One corpus case as read from disk. */
interface Case {
  label: string;
  path: string;
  url: string;
  goldKind: string;
  expectedDir: Dir | null;
  goldText: string | null;
  goldSegments: SegmentGold | null;
}

/** What one system produced on a page. */
interface Output {
  found: boolean;
  reason?: string;
  title: string;
  text: string;
  dir: string | null;
}

/** One system's scores on one case. */
interface SystemScore {
  found: boolean;
  reason?: string;
  prf?: Prf;
  segments?: SegmentScore & { pass: boolean };
  dir: string | null;
  dirOk: boolean | null;
}

/** One row of the report. */
interface Row {
  case: string;
  path: string;
  gold: string;
  goldKind: string;
  expectedDir: Dir | null;
  qari: SystemScore;
  readability: SystemScore;
  deltaF1: number | null;
  deltaSegments: number | null;
  qariWorse: boolean;
  qariRtlDirWrong: boolean;
  /** Texts as scored (title lines dropped), kept for the diff of worse cases; not printed in JSON. */
  scored: { qari: string; readability: string; gold: string };
}

// ---------------------------------------------------------------- corpus

/** The fields of `case.json`, `expected-metadata.json` and `expected-segments.json` read here. */
interface CaseJson {
  url?: string | null;
  direction?: string;
  gold_kind?: string;
}
interface MetadataJson {
  dir?: string | null;
}
interface SegmentsJson {
  with?: string[];
  without?: string[];
}

/** Parsed JSON of `file`, or null when it does not exist. */
function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

/** Case folders under `dir` (itself when it holds `source.html`), sorted. */
function findCases(dir: string): string[] {
  if (existsSync(join(dir, 'source.html'))) return [dir];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const child = join(dir, name);
    if (statSync(child).isDirectory()) found.push(...findCases(child));
  }
  return found;
}

/** "rtl"/"ltr" at the start of `value`, else null. */
function dirOf(value: unknown): Dir | null {
  const m = typeof value === 'string' ? /^\s*(rtl|ltr)/i.exec(value) : null;
  return m ? (m[1].toLowerCase() as Dir) : null;
}

/** A case folder's metadata and gold. `label` names it in the report. */
function readCase(path: string, label: string): Case {
  const meta = readJson<CaseJson>(join(path, 'case.json')) ?? {};
  const expectedMeta = readJson<MetadataJson>(join(path, 'expected-metadata.json'));
  const textFile = join(path, 'expected.txt');
  const segs = readJson<SegmentsJson>(join(path, 'expected-segments.json'));
  return {
    label,
    path,
    url: meta.url || FIXTURE_URL,
    goldKind: String(meta.gold_kind ?? ''),
    expectedDir: dirOf(expectedMeta?.dir) ?? dirOf(meta.direction),
    goldText: existsSync(textFile) ? readFileSync(textFile, 'utf8') : null,
    goldSegments: segs ? { with: segs.with ?? [], without: segs.without ?? [] } : null,
  };
}

// ---------------------------------------------------------------- systems

/** Qari's body text plus the header fields raw Readability keeps in its body (see top). */
function runQari(dom: JSDOM, url: string): Output {
  const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window });
  if (!result.ok) return { found: false, reason: result.reason, title: '', text: '', dir: null };
  const { article } = result;
  const text = article.source ? `${article.text}\n${article.source}` : article.text;
  return { found: true, title: article.title, text, dir: article.dir };
}

/** Raw Readability on a copy of the document, its content as block text. */
function runReadability(dom: JSDOM): Output {
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(dom.window.document.cloneNode(true) as Document).parse();
  } catch (err) {
    return { found: false, reason: `threw: ${(err as Error).message}`, title: '', text: '', dir: null };
  }
  if (!parsed?.content) return { found: false, reason: 'no-article', title: '', text: '', dir: null };
  return {
    found: true,
    title: parsed.title ?? '',
    text: blockText(JSDOM.fragment(parsed.content)),
    dir: parsed.dir ?? 'ltr',
  };
}

// ---------------------------------------------------------------- scoring

/** `text` without the lines whose normalised form is one of `titles`. */
function dropTitleLines(text: string, titles: Set<string>): string {
  return text
    .split('\n')
    .filter((line) => !titles.has(normalizeArabic(line)))
    .join('\n');
}

/** Snippets satisfied: `with` found plus `without` absent. */
function satisfied(s: SegmentScore | undefined): number {
  return s ? s.withFound + s.withoutAbsent : 0;
}

/** One system's scores on a case, given its text with title lines dropped. */
function scoreSystem(out: Output, scoredText: string, c: Case, goldText: string | null): SystemScore {
  const score: SystemScore = { found: out.found, dir: out.dir, dirOk: c.expectedDir ? out.dir === c.expectedDir : null };
  if (!out.found) score.reason = out.reason;
  if (goldText !== null) score.prf = out.found ? prf(scoredText, goldText) : { precision: 0, recall: 0, f1: 0 };
  if (c.goldSegments) {
    const total = { withTotal: c.goldSegments.with.length, withoutTotal: c.goldSegments.without.length };
    const s = out.found ? segments(out.text, c.goldSegments) : { withFound: 0, withoutAbsent: 0, ...total };
    score.segments = { ...s, pass: out.found && segmentsPass(s) };
  }
  return score;
}

/** Loads a case, runs both systems on the same document and scores them. */
function evaluate(c: Case): Row {
  const dom = loadPage(join(c.path, 'source.html'), c.url);
  const qari = runQari(dom, c.url);
  const readability = runReadability(dom);
  dom.window.close();

  const titles = new Set([qari.title, readability.title].map(normalizeArabic).filter(Boolean));
  const gold = c.goldText === null ? null : dropTitleLines(c.goldText, titles);
  const scored = {
    qari: dropTitleLines(qari.text, titles),
    readability: dropTitleLines(readability.text, titles),
    gold: gold ?? '',
  };
  const q = scoreSystem(qari, scored.qari, c, gold);
  const r = scoreSystem(readability, scored.readability, c, gold);

  const deltaF1 = q.prf && r.prf ? q.prf.f1 - r.prf.f1 : null;
  const deltaSegments = q.segments && r.segments ? satisfied(q.segments) - satisfied(r.segments) : null;
  const goldParts = [c.goldText !== null ? 'text' : '', c.goldSegments ? 'segments' : ''].filter(Boolean);
  return {
    case: c.label,
    path: c.path,
    gold: goldParts.join('+') || 'none',
    goldKind: c.goldKind,
    expectedDir: c.expectedDir,
    qari: q,
    readability: r,
    deltaF1,
    deltaSegments,
    qariWorse: (deltaF1 !== null && deltaF1 < -F1_TOLERANCE) || (deltaSegments !== null && deltaSegments < 0),
    qariRtlDirWrong: c.expectedDir === 'rtl' && q.dirOk === false,
    scored,
  };
}

// ---------------------------------------------------------------- report

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
function table(rows: Row[]): string {
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
function summarise(rows: Row[]) {
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
type Summary = ReturnType<typeof summarise>;

/** The summary as text. */
function summaryText(s: Summary): string {
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
function diffText(row: Row): string {
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

// ---------------------------------------------------------------- main

/** How a case is named in the report: its path under DIR, at least `<source>/<case>`. */
function labelOf(dir: string, path: string, single: boolean): string {
  const rel = single ? '' : relative(dir, path);
  return rel.includes(sep) ? rel : join(basename(dirname(path)), basename(path));
}

/** Case folders of every existing DIR, deduplicated, each with its report label. */
function collectCases(dirs: string[]): Case[] {
  const seen = new Set<string>();
  const cases: Case[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.log(`corpus not found at ${dir}, skipping`);
      continue;
    }
    const single = existsSync(join(dir, 'source.html'));
    for (const path of findCases(dir)) {
      if (seen.has(path)) continue;
      seen.add(path);
      const label = labelOf(dir, path, single);
      cases.push(readCase(path, label));
    }
  }
  return cases;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const dirs = (positionals.length ? positionals : [DEFAULT_CORPUS]).map((d) => resolve(d));
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
