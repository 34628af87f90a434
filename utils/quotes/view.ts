/**
 * How the reader shows quotations: speakers grouped with a style each, the
 * marks made reachable by keyboard and labelled with their speaker, the
 * citation a copied quotation becomes. DOM in, DOM out; no extension API.
 */
import type { Article } from '../article';
import { BLOCK_TAGS } from '../dom/blocks';
import type { Quote } from './quotes';

/** Distinct highlight styles; speakers beyond these reuse them in order. */
export const SPEAKER_STYLES = 6;

export interface SpeakerGroup {
  /** As found; '' for quotations nobody is named for. */
  speaker: string;
  /** The highlight style (0..SPEAKER_STYLES-1), or -1 for unknown speakers. */
  style: number;
  quotes: Quote[];
}

/** Quotations grouped by speaker, in the order each speaker first speaks; unknown speakers last. */
export function speakerGroups(quotes: Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const quote of quotes) {
    let group = groups.get(quote.speaker);
    if (!group) {
      const known = [...groups.keys()].filter(Boolean).length;
      group = { speaker: quote.speaker, style: quote.speaker ? known % SPEAKER_STYLES : -1, quotes: [] };
      groups.set(quote.speaker, group);
    }
    group.quotes.push(quote);
  }
  return [...groups.values()].sort((a, b) => Number(a.speaker === '') - Number(b.speaker === ''));
}

/**
 * Gives each mark its speaker's style and label (shown on hover and focus),
 * makes the first mark of each quotation focusable, and marks the blocks
 * holding a quotation (for the "quotes only" view).
 */
export function decorateQuotes(root: Element, groups: SpeakerGroup[], label: (group: SpeakerGroup, quote: Quote) => string): void {
  const byId = new Map<number, { group: SpeakerGroup; quote: Quote }>();
  for (const group of groups) for (const quote of group.quotes) byId.set(quote.id, { group, quote });
  const seen = new Set<number>();
  for (const mark of root.querySelectorAll<HTMLElement>('mark[data-qari-quote]')) {
    const id = Number(mark.dataset.qariQuote);
    const entry = byId.get(id);
    if (!entry) continue;
    mark.dataset.style = String(entry.group.style);
    mark.dataset.label = label(entry.group, entry.quote);
    if (!seen.has(id)) {
      seen.add(id);
      mark.tabIndex = 0;
      mark.dataset.first = '';
      mark.setAttribute('aria-label', `${mark.dataset.label}: ${entry.quote.text}`);
    }
    for (let el = mark.parentElement; el && el !== root; el = el.parentElement) {
      if (BLOCK_TAGS.has(el.tagName)) el.dataset.hasQuote = '';
    }
  }
}

/** The focusable first mark of quotation `id`. */
export function quoteElement(root: ParentNode, id: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark[data-qari-quote="${id}"][data-first]`);
}

/**
 * What copying a quotation gives: «quote» — speaker، site، date، link, in
 * Arabic punctuation for an Arabic article and English punctuation otherwise.
 */
export function citation(quote: Quote, article: Pick<Article, 'siteName' | 'url' | 'dir'>, date: string, unknownSpeaker: string): string {
  const arabic = article.dir === 'rtl';
  const text = quote.text.replace(/\s+/g, ' ').trim();
  const quoted = arabic ? `«${text}»` : `“${text}”`;
  const parts = [quote.speaker || unknownSpeaker, article.siteName, date, article.url].filter(Boolean);
  return `${quoted} — ${parts.join(arabic ? '، ' : ', ')}`;
}

/** The quotation a selection lies wholly inside (all of it in marks of one quotation), or null. */
export function quoteOfSelection(selection: Selection | null, quotes: Quote[]): Quote | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const markOf = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest('mark[data-qari-quote]');
  const start = markOf(range.startContainer);
  const end = markOf(range.endContainer);
  if (!start || !end || start.getAttribute('data-qari-quote') !== end.getAttribute('data-qari-quote')) return null;
  const id = Number(start.getAttribute('data-qari-quote'));
  return quotes.find((q) => q.id === id) ?? null;
}
