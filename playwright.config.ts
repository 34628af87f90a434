import { defineConfig } from '@playwright/test';

/**
 * Browser tests: the test-only build (`npm run build:e2e`, loopback host
 * permissions) loaded into Debian's Chromium; fixture pages served on 127.0.0.1.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'tmp/e2e-results',
});
