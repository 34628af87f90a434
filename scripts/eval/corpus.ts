/** The gold corpus on disk: case folders, their metadata and gold, and their report labels. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SegmentGold } from '../../utils/text/score';

/** Address Readability's own test pages are parsed at. */
const FIXTURE_URL = 'http://fakehost/test/page.html';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder beside the repository; QARI_SHARED points elsewhere (a clean clone in /tmp). */
export const SHARED_CORPUS = resolve(process.env.QARI_SHARED ?? resolve(REPO_ROOT, '../shared'), 'corpus');
/** Our own held-out pages (tests/fixtures/corpus/README.md), scored with the shared ones. */
export const OWN_CORPUS = resolve(REPO_ROOT, 'tests/fixtures/corpus');
/** What `npm run eval` reads when given no folder. */
export const DEFAULT_CORPORA = [SHARED_CORPUS, OWN_CORPUS];

export type Dir = 'rtl' | 'ltr';

/** One corpus case as read from disk. */
export interface Case {
  label: string;
  path: string;
  url: string;
  goldKind: string;
  expectedDir: Dir | null;
  /** Body gold, one paragraph a line (without the headline line where the gold has one). */
  goldText: string | null;
  /** The headline, when the gold's first line is one (`gold_has_title_line`): scored apart from the body. */
  goldTitle: string | null;
  goldSegments: SegmentGold | null;
  /** Snippets of clutter that must never be shown (`must-not.txt`). */
  mustNot: string[];
  /** A page that is not an article: it must be refused. */
  notArticle: boolean;
  /** A real page from a public suite (`real_page`), not one written for a test. */
  real: boolean;
}

/** The fields of `case.json`, `expected-metadata.json` and `expected-segments.json` read here. */
interface CaseJson {
  url?: string | null;
  direction?: string;
  not_article?: boolean;
  real_page?: boolean;
  gold_has_title_line?: boolean;
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

/** Non-empty lines of `file`, or [] when it does not exist. */
function readLines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean) : [];
}

/** A case folder's metadata and gold. `label` names it in the report. */
function readCase(path: string, label: string): Case {
  const meta = readJson<CaseJson>(join(path, 'case.json')) ?? {};
  const expectedMeta = readJson<MetadataJson>(join(path, 'expected-metadata.json'));
  const textFile = join(path, 'expected.txt');
  const segs = readJson<SegmentsJson>(join(path, 'expected-segments.json'));
  let goldText = existsSync(textFile) ? readFileSync(textFile, 'utf8') : null;
  let goldTitle: string | null = null;
  if (goldText !== null && meta.gold_has_title_line) {
    const lines = goldText.split('\n');
    const first = lines.findIndex((l) => l.trim());
    goldTitle = lines[first]?.trim() ?? null;
    goldText = lines.slice(first + 1).join('\n');
  }
  return {
    label,
    path,
    url: meta.url || FIXTURE_URL,
    goldKind: String(meta.gold_kind ?? ''),
    // A page that is no article has no direction to get right: it must be refused.
    expectedDir: meta.not_article ? null : (dirOf(expectedMeta?.dir) ?? dirOf(meta.direction)),
    goldText,
    goldTitle,
    goldSegments: segs ? { with: segs.with ?? [], without: segs.without ?? [] } : null,
    mustNot: readLines(join(path, 'must-not.txt')),
    notArticle: meta.not_article === true,
    real: meta.real_page === true,
  };
}

/** How a case is named in the report: its path under DIR, at least `<source>/<case>`. */
function labelOf(dir: string, path: string, single: boolean): string {
  const rel = single ? '' : relative(dir, path);
  return rel.includes(sep) ? rel : join(basename(dirname(path)), basename(path));
}

/** Case folders of every existing DIR, deduplicated, each with its report label. */
export function collectCases(dirs: string[]): Case[] {
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
