/** One case scored: every system runs on the same page, its texts against the gold. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArabic } from '../../utils/text/arabic';
import { prf, segments, segmentsPass, type Prf, type SegmentScore } from '../../utils/text/score';
import { loadPage } from '../load-page';
import type { Case, Dir } from './corpus';
import { PEERS, runPeer, type PeerName } from './peers';
import { runQari, runReadability, type Output } from './systems';

/** Qari may trail Readability by this much F1 on a case (rounding noise). */
export const F1_TOLERANCE = 0.005;

export type SystemName = 'qari' | 'readability' | PeerName;
export const SYSTEMS: SystemName[] = ['qari', 'readability', ...PEERS];

/** One system's scores on one case. */
export interface SystemScore {
  found: boolean;
  reason?: string;
  prf?: Prf;
  segments?: SegmentScore & { pass: boolean };
  dir: string | null;
  dirOk: boolean | null;
  /** The headline matches the gold's headline line (null when the gold has none). */
  titleOk: boolean | null;
  /** `must-not.txt` snippets found in what the system shows (title and body). */
  leaks: string[];
  /** An article (the gold has its text) that the system refused. */
  refused: boolean;
  /** A page that is not an article, yet the system showed something. */
  acceptedNonArticle: boolean;
}

/** One row of the report. */
export interface Row {
  case: string;
  path: string;
  gold: string;
  goldKind: string;
  expectedDir: Dir | null;
  real: boolean;
  notArticle: boolean;
  scores: Record<SystemName, SystemScore>;
  /** The peer (not Qari) with the best F1 on this page, or null without full-text gold. */
  bestPeer: SystemName | null;
  deltaF1: number | null;
  deltaSegments: number | null;
  qariWorse: boolean;
  qariRtlDirWrong: boolean;
  /** Texts as scored (title lines dropped) and Qari's removals, kept for `--diff`; not printed in JSON. */
  scored: { qari: string; readability: string; gold: string; removed: Array<{ rule: string; text: string }> };
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

/**
 * Snippets of `mustNot` found in `shown`: white space collapsed, and also
 * ignored altogether (an extractor that re-spaces "کد خبر : 1" still shows it).
 */
export function leaksIn(shown: string, mustNot: string[]): string[] {
  const spaced = shown.replace(/\s+/g, ' ');
  const bare = shown.replace(/\s+/g, '');
  return mustNot.filter((s) => spaced.includes(s) || bare.includes(s.replace(/\s+/g, '')));
}

/** One system's scores on a case, given its text as scored. */
function scoreSystem(out: Output, scoredText: string, c: Case, goldText: string | null): SystemScore {
  const score: SystemScore = {
    found: out.found,
    dir: out.dir,
    dirOk: c.expectedDir && out.dir !== null ? out.dir === c.expectedDir : c.expectedDir && !out.found ? false : null,
    titleOk: c.goldTitle === null ? null : out.found && normalizeArabic(out.title) === normalizeArabic(c.goldTitle),
    leaks: out.found && !c.notArticle ? leaksIn(`${out.title}\n${out.text}`, c.mustNot) : [],
    refused: !out.found && !c.notArticle && (goldText !== null || c.goldSegments !== null),
    acceptedNonArticle: out.found && c.notArticle,
  };
  if (!out.found) score.reason = out.reason;
  if (goldText !== null) score.prf = out.found ? prf(scoredText, goldText) : { precision: 0, recall: 0, f1: 0 };
  if (c.goldSegments) {
    const total = { withTotal: c.goldSegments.with.length, withoutTotal: c.goldSegments.without.length };
    const s = out.found ? segments(out.text, c.goldSegments) : { withFound: 0, withoutAbsent: 0, ...total };
    score.segments = { ...s, pass: out.found && segmentsPass(s) };
  }
  return score;
}

/**
 * Loads a case, runs every system on the same page and scores them. Where the
 * gold's first line is the headline, it is scored apart (`titleOk`) and the
 * bodies are compared whole: a body that repeats the headline shows it twice.
 * Elsewhere (Readability's own gold keeps the headline as a body heading),
 * lines equal to either title are dropped from all sides.
 */
export async function evaluate(c: Case): Promise<Row> {
  const file = join(c.path, 'source.html');
  const dom = loadPage(file, c.url);
  const outputs = { qari: runQari(dom, c.url), readability: runReadability(dom) } as Record<SystemName, Output>;
  dom.window.close();
  const html = readFileSync(file, 'utf8');
  for (const peer of PEERS) outputs[peer] = await runPeer(peer, html, c.url);

  const titles = new Set(c.goldTitle === null ? [outputs.qari.title, outputs.readability.title].map(normalizeArabic).filter(Boolean) : []);
  const gold = c.goldText === null ? null : dropTitleLines(c.goldText, titles);
  const scoredText = (s: SystemName) => dropTitleLines(outputs[s].text, titles);
  const scores = Object.fromEntries(SYSTEMS.map((s) => [s, scoreSystem(outputs[s], scoredText(s), c, gold)])) as Record<SystemName, SystemScore>;
  const q = scores.qari;
  const r = scores.readability;

  const peersWithF1 = SYSTEMS.filter((s) => s !== 'qari' && scores[s].prf);
  const bestPeer = peersWithF1.length ? peersWithF1.reduce((a, b) => (scores[b].prf!.f1 > scores[a].prf!.f1 ? b : a)) : null;
  const deltaF1 = q.prf && r.prf ? q.prf.f1 - r.prf.f1 : null;
  const deltaSegments = q.segments && r.segments ? satisfied(q.segments) - satisfied(r.segments) : null;
  const goldParts = [c.goldText !== null ? 'text' : '', c.goldSegments ? 'segments' : '', c.notArticle ? 'not-article' : ''].filter(Boolean);
  return {
    case: c.label,
    path: c.path,
    gold: goldParts.join('+') || 'none',
    goldKind: c.goldKind,
    expectedDir: c.expectedDir,
    real: c.real,
    notArticle: c.notArticle,
    scores,
    bestPeer,
    deltaF1,
    deltaSegments,
    qariWorse: (deltaF1 !== null && deltaF1 < -F1_TOLERANCE) || (deltaSegments !== null && deltaSegments < 0),
    qariRtlDirWrong: c.expectedDir === 'rtl' && q.dirOk === false,
    scored: { qari: scoredText('qari'), readability: scoredText('readability'), gold: gold ?? '', removed: outputs.qari.removed ?? [] },
  };
}
