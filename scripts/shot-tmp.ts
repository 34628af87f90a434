// temporary: screenshot the popup on corpus pages. usage: tsx scripts/shot-tmp.ts OUTDIR ROOT case...
import { resolve } from 'node:path';
import { launchWithExtension, tabIdOfUrl } from './browser';
import { startServer } from './fixture-server';
const [out, root, ...cases] = process.argv.slice(2);
const EXT = resolve('.output-e2e/chrome-mv3');
const server = await startServer(resolve(root));
const { context } = await launchWithExtension(EXT, { locale: 'ar' });
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
for (const c of cases) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/${c}/source.html`, { waitUntil: 'domcontentloaded' });
  const tabId = await tabIdOfUrl(worker, page.url());
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 560, height: 1400 });
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(2500);
  await popup.screenshot({ path: `${out}/${c}.png`, fullPage: true });
  await popup.close(); await page.close();
  console.log('wrote', c);
}
await context.close(); await server.close();
