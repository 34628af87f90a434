/**
 * CPU profiles of the full-page view in Chromium, first use on a tab and a
 * later one, for finding where the bench's time goes:
 * `npx tsx scripts/bench/profile-view.ts [page path] [out dir]` (after
 * `npm run build:e2e`), then `npx tsx scripts/bench/profile-report.ts <file>`.
 * The seed page by default; writes cold.cpuprofile and warm.cpuprofile.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, tabIdOfUrl } from '../browser';
import { startServer } from '../fixture-server';
import { openTab, PAINT_MARK, painted, READY_MARK, toggle } from './tab';

const REPO = resolve(import.meta.dirname ?? '.', '../..');
const path = process.argv[2] ?? '/pages/isna-wordpress.html';
const out = resolve(process.argv[3] ?? join(REPO, 'tmp/prof'));
mkdirSync(out, { recursive: true });

// QARI_PROFILE_EXT: an unminified copy of the test build, for names in the profile.
const { context, profile } = await launchWithExtension(process.env.QARI_PROFILE_EXT ?? join(REPO, '.output-e2e/chrome-mv3'));
const server = await startServer(join(REPO, 'tests/fixtures'));
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate('globalThis.__name = (f) => f');
  const page = await openTab(context, server, { path });
  const id = await tabIdOfUrl(worker, page.url());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const [name, n] of [['cold', 1], ['warm', 2]] as const) {
    await cdp.send('Profiler.start');
    const start = await toggle(worker, id, 'qari');
    const end = await painted(page, PAINT_MARK.qari, n);
    const { profile: prof } = await cdp.send('Profiler.stop');
    writeFileSync(join(out, `${name}.cpuprofile`), JSON.stringify(prof));
    console.log(`${name}: ${(end - start).toFixed(1)} ms to the paint`);
    if (n === 1) await painted(page, READY_MARK, 1);
    await toggle(worker, id, 'qari');
    await page.waitForTimeout(300);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
