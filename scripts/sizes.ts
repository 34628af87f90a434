/**
 * npm run sizes [-- --check]: the gzip sizes of what Qari ships, from the
 * Chrome build in .output/chrome-mv3 and its zip. With --check, exits 1 when
 * a budget is exceeded (popup JavaScript 60 KB gzip, whole package 1,200 KB:
 * the fonts of four scripts, Noto Nastaliq Urdu alone 333 KB).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const BUILD = join(ROOT, '.output/chrome-mv3');

export const BUDGETS = { popupJs: 60 * 1024, package: 1200 * 1024 };

export interface Sizes {
  /** The popup page's own JavaScript and the chunks it preloads. */
  popupJs: number;
  contentScript: number;
  css: number;
  fonts: number;
  /** The Chrome zip a store would get. */
  package: number;
  files: Record<string, number>;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Script and preloaded chunk files a page of the build loads. */
function pageScripts(html: string): string[] {
  const text = readFileSync(join(BUILD, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => join(BUILD, m[1]));
}

/** The zip `wxt zip` makes of the Chrome build (it builds again, the same way). */
function zipSize(): number {
  const run = spawnSync('npx', ['wxt', 'zip'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wxt zip failed:\n${run.stdout}\n${run.stderr}`);
  const zip = readdirSync(join(ROOT, '.output')).find((f) => f.endsWith('-chrome-mv3.zip'));
  if (!zip) throw new Error('wxt zip made no Chrome zip');
  return statSync(join(ROOT, '.output', zip)).size;
}

export function measureSizes(): Sizes {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('No build at .output/chrome-mv3: run npm run build');
  const files: Record<string, number> = {};
  for (const file of walk(BUILD)) files[relative(BUILD, file)] = gz(file);
  const sum = (pick: (name: string) => boolean) => Object.entries(files).reduce((n, [name, size]) => n + (pick(name) ? size : 0), 0);
  const popup = new Set(pageScripts('popup.html').map((f) => relative(BUILD, f)));
  const sizes = {
    popupJs: sum((name) => popup.has(name)),
    contentScript: sum((name) => name.startsWith('content-scripts/') && name.endsWith('.js')),
    css: sum((name) => name.endsWith('.css')),
    fonts: sum((name) => name.startsWith('fonts/')),
    package: zipSize(),
    files,
  };
  return sizes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function sizeTable(s: Sizes): string {
  return [
    ['popup JavaScript (gzip)', kb(s.popupJs), `budget ${kb(BUDGETS.popupJs)}`],
    ['content script (gzip)', kb(s.contentScript), ''],
    ['CSS (gzip)', kb(s.css), ''],
    ['fonts (woff2, gzip)', kb(s.fonts), ''],
    ['Chrome zip', kb(s.package), `budget ${kb(BUDGETS.package)}`],
  ]
    .map(([a, b, c]) => `${a.padEnd(26)} ${b.padStart(10)}  ${c}`)
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'scripts/sizes.ts')) {
  const sizes = measureSizes();
  console.log(sizeTable(sizes));
  if (process.argv.includes('--check')) {
    const over = (Object.keys(BUDGETS) as Array<keyof typeof BUDGETS>).filter((k) => sizes[k] > BUDGETS[k]);
    if (over.length) {
      console.error(`Over budget: ${over.map((k) => `${k} ${kb(sizes[k])} > ${kb(BUDGETS[k])}`).join(', ')}`);
      process.exit(1);
    }
    console.log('sizes: within budget');
  }
}
