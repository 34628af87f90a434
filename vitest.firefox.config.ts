import { defineConfig } from 'vitest/config';

/**
 * Firefox end-to-end tests (`npm run test:firefox`): Debian's firefox-esr,
 * headless, driven by puppeteer-core over WebDriver BiDi, with the test
 * build (.output-e2e/firefox-mv3) installed. Node environment; one file at a
 * time (each launches its own Firefox); explicit, generous time limits,
 * since a busy 2-core machine starts Firefox in anything from 3 to 10 s.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
