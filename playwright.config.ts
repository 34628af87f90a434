import { defineConfig } from '@playwright/test';

/**
 * Browser tests: the test-only build (`npm run build:e2e`, loopback host
 * permissions) loaded into Debian's Chromium; fixture pages served on 127.0.0.1.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Limits, not timings: this 2-core machine is shared, and under load (two
  // CI runs and a bench side by side) Chromium runs several times slower.
  // A test here takes 1-3 s idle and a single step well under 1 s; the
  // limits are 30× and 20× that and only catch a hang. Heavy tests (the 5 MB
  // and deep pages, tests/e2e/big-pages.spec.ts) set larger ones.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'tmp/e2e-results',
});
