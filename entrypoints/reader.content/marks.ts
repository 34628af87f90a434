/**
 * Stage marks for `npm run bench` (scripts/bench/browser.ts reads them from
 * the page's timeline): the test build only. In the shipped build the
 * condition is the constant `false` and the bundler drops the call, so the
 * marks cost nothing and the page's timeline shows nothing of Qari.
 */
export function mark(stage: string): void {
  if (import.meta.env.QARI_E2E) performance.mark(`qari:${stage}`);
}
