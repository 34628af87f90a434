/**
 * npm test: every check, stage by stage, in order; stops at the first stage
 * that fails and ends with the time each stage took.
 *
 * With QARI_TIMINGS=FILE (set by .ci/run) each stage is appended to FILE as
 * `name<TAB>seconds<TAB>result` instead, for the caller's own table.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { missingBrowser } from './need-browser';

interface Stage {
  name: string;
  /** An npm script and its arguments, or a check run here (its exit code). */
  run: [script: string, ...args: string[]] | (() => number);
}

const STAGES: Stage[] = [
  {
    // A fresh machine learns at once what to install, not after the unit tests.
    name: 'browsers present',
    run: () => {
      const missing = [missingBrowser('chromium'), missingBrowser('firefox')].filter(Boolean);
      for (const line of missing) console.error(line);
      return missing.length ? 1 : 0;
    },
  },
  { name: 'typecheck', run: ['typecheck'] },
  { name: 'unit tests', run: ['test:unit'] },
  { name: 'build', run: ['build'] },
  { name: 'size budgets', run: ['sizes', '--check'] },
  { name: 'Firefox builds', run: ['build:firefox'] },
  { name: 'Firefox lint', run: ['lint:firefox'] },
  { name: 'e2e build', run: ['build:e2e'] },
  { name: 'e2e Chromium', run: ['test:e2e'] },
  { name: 'e2e Firefox', run: ['test:firefox'] },
  { name: 'corpus eval', run: ['eval'] },
];

function runStage({ run }: Stage): number {
  if (typeof run === 'function') return run();
  const [script, ...args] = run;
  const child = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { stdio: 'inherit' });
  return child.status ?? 1;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const timings = process.env.QARI_TIMINGS;
const done: Array<{ name: string; ms: number; ok: boolean }> = [];
const start = Date.now();
let failed: string | undefined;

for (const [i, stage] of STAGES.entries()) {
  const how = typeof stage.run === 'function' ? '' : ` (npm run ${stage.run.join(' ')})`;
  console.log(`\n=== ${i + 1}/${STAGES.length} ${stage.name}${how}`);
  const t0 = Date.now();
  const ok = runStage(stage) === 0;
  const ms = Date.now() - t0;
  done.push({ name: stage.name, ms, ok });
  if (timings) appendFileSync(timings, `${stage.name}\t${seconds(ms)}\t${ok ? 'ok' : 'FAILED'}\n`);
  if (!ok) {
    failed = stage.name;
    break;
  }
}

if (!timings) {
  console.log('\nTime per stage:');
  for (const { name, ms, ok } of done) console.log(`  ${name.padEnd(18)} ${seconds(ms).padStart(7)} s  ${ok ? 'ok' : 'FAILED'}`);
  console.log(`  ${'total'.padEnd(18)} ${seconds(Date.now() - start).padStart(7)} s`);
}
if (failed) {
  console.error(`\nnpm test stopped: ${failed} failed${done.length < STAGES.length ? `; not run: ${STAGES.slice(done.length).map((s) => s.name).join(', ')}` : ''}`);
  process.exit(1);
}
