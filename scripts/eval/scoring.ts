/** One case scored: both systems run on the same document, their texts against the gold. */
import { join } from 'node:path';
import { normalizeArabic } from '../../utils/text/arabic';
import { prf, segments, segmentsPass, type Prf, type SegmentScore } from '../../utils/text/score';
import { loadPage } from '../load-page';
import type { Case, Dir } from './corpus';
import { runQari, runReadability, type Output } from './systems';

/** Qari may trail Readability by this much F1 on a case (rounding noise). */
const F1_TOLERANCE = 0.005;

/** One system's scores on one case. */
export interface SystemScore {
  found: boolean;
  reason?: string;
  prf?: Prf;
  segments?: SegmentScore & { pass: boolean };
  dir: string | null;
  dirOk: boolean | null;
}

/** One row of the report. */
export interface Row {
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

/** `text` without the lines whose normalised form is one of `titles`. */
function dropTitleLines(text: string, titles: Set<string>): string {
  return text
    .split('\n')
    .filter((line) => !titles.has(normalizeArabic(line)))
    .join('\n');
}

/** Snippets satisfied: `with` found plus `without` absent. */
export function satisfied(s: SegmentScore | undefined): number {
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
export function evaluate(c: Case): Row {
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
