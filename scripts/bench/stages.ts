/**
 * The breakdown of one run of the full-page view, from the test build's
 * `qari:*` marks (entrypoints/reader.content/marks.ts and the few inline
 * ones): consecutive stages of the critical path, from the command handler
 * to the paint, plus the fonts and the whole view (which come beside it, not on it).
 */

/** Stage name → milliseconds. */
export type Stages = Record<string, number>;

/** The stages of the path, each named by the mark that ends it. */
export const STAGES: Array<{ key: string; label: string; ends: string }> = [
  { key: 'inject', label: 'inject the reader script (cold only)', ends: 'script' },
  { key: 'messaging', label: 'messaging: background → reader', ends: 'handle-toggle' },
  { key: 'prefs', label: 'preferences (wait for storage)', ends: 'open' },
  { key: 'mount', label: 'host, shadow root, stylesheet', ends: 'extract-start' },
  { key: 'readability', label: 'copy + pre-passes + Readability', ends: 'readability' },
  { key: 'cleanup', label: 'clean-up (and metadata)', ends: 'cleanup' },
  { key: 'sanitize', label: 'sanitising (DOMPurify, in place)', ends: 'sanitize' },
  // The popup shares ArticleBody, and the test build's popup must equal the shipped one: no marks there.
  // Cold, the view's first screen (reader.content/first-screen.tsx); warm, the whole view.
  { key: 'render', label: 'Preact render (with the second sanitising)', ends: 'render' },
  { key: 'paint', label: 'layout and first paint', ends: 'view-painted' },
];

/**
 * The stages of the run that started at `start` (epoch ms) and painted at
 * `end`, from `marks` (the first mark of each name in that window). A stage
 * whose mark is missing (the warm path injects nothing) counts 0 and the
 * next one starts from the last mark seen. `fonts`: start of the view →
 * fonts ready (NaN when they were ready before); `ready`, cold only: start
 * of the view → the whole view has taken over from the first screen and
 * painted (its code injected after the first paint; NaN warm, where the
 * whole view is the first thing painted).
 */
export function breakdown(marks: Array<{ name: string; at: number }>, start: number, end: number, cold: boolean): Stages {
  const inRun = marks.filter((m) => m.at >= start - 1 && m.at <= end + 5000);
  const at = (name: string) => inRun.find((m) => m.name === name)?.at;
  const out: Stages = {};
  let last = start;
  for (const stage of STAGES) {
    const t = stage.key === 'inject' && !cold ? undefined : at(stage.ends);
    out[stage.key] = t === undefined ? 0 : Math.max(0, t - last);
    if (t !== undefined) last = t;
  }
  const open = at('open');
  const fonts = at('fonts');
  out.fonts = open !== undefined && fonts !== undefined ? fonts - open : NaN;
  const ready = at('view-ready');
  out.ready = cold && open !== undefined && ready !== undefined ? ready - open : NaN;
  out.total = end - start;
  return out;
}
