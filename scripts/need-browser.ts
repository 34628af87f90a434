/**
 * tsx scripts/need-browser.ts chromium|firefox ...
 *
 * The browsers the browser tests and the demo drive are Debian's own (nothing
 * downloads one here). When one is missing, say so in one line with the
 * packages that bring it, and stop, rather than let the launcher fail with a
 * stack trace a minute later.
 */
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BROWSERS = {
  chromium: {
    name: 'Chromium',
    path: process.env.QARI_CHROMIUM ?? '/usr/bin/chromium',
    packages: 'chromium chromium-driver fonts-dejavu-core',
    env: 'QARI_CHROMIUM',
  },
  firefox: {
    name: 'Firefox',
    path: process.env.QARI_FIREFOX ?? '/usr/bin/firefox-esr',
    packages: 'firefox-esr',
    env: 'QARI_FIREFOX',
  },
} as const;

export type BrowserName = keyof typeof BROWSERS;

/** The one line that says `name` is missing and how to get it, or undefined when it is there. */
export function missingBrowser(name: BrowserName): string | undefined {
  const { name: label, path, packages, env } = BROWSERS[name];
  try {
    accessSync(path, constants.X_OK);
    return undefined;
  } catch {
    return `${label} not found at ${path}: apt-get install ${packages} (or set ${env} to its path)`;
  }
}

/** Exits with that line when any of `names` is missing. */
export function needBrowsers(...names: BrowserName[]): void {
  const lines = names.map(missingBrowser).filter((line): line is string => line !== undefined);
  if (lines.length === 0) return;
  for (const line of lines) console.error(line);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in BROWSERS));
  if (unknown.length) {
    console.error(`need-browser: unknown browser ${unknown.join(', ')} (chromium, firefox)`);
    process.exit(2);
  }
  needBrowsers(...(names as BrowserName[]));
}
