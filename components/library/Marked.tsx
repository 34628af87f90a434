import type { Segment } from '../../utils/library/search';

/** Text with the words that match a search in `<mark>`: built as nodes, never as HTML. */
export function Marked({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((s) => (s.match ? <mark class="qari-match">{s.text}</mark> : s.text))}</>;
}
