// Runs Mozilla's add-on linter (web-ext lint) on both Firefox builds and
// prints a line each; exits 1 when either has an error. Warnings are listed
// but do not fail (they are innerHTML writes inside Preact, DOMPurify and
// Readability, all fed sanitised or our own markup).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

let failed = false;
for (const dir of ['.output/firefox-mv2', '.output/firefox-mv3']) {
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`${dir}: not built (npm run build:firefox)`);
    failed = true;
    continue;
  }
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`${dir}: web-ext lint gave no report\n${run.stdout}\n${run.stderr}`);
    failed = true;
    continue;
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const m of report.errors) console.log(`  error ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
  for (const m of report.warnings) console.log(`  warning ${m.code} ${m.file ?? ''} ${m.message}`);
  if (errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);
