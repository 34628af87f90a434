import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // This 2-core machine is shared: under load jsdom ran five times slower
    // than idle (a 3 s parse took 17 s). Vitest's 5 s default failed a test
    // then; 30 s is ten times the slowest ordinary test here (the property
    // tests, under 1 s idle). The big and deep pages set their own, larger
    // limits (tests/unit/dom/deep.test.ts, tests/unit/extract/extract.test.ts).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
