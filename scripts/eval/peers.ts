/**
 * The peers Qari is compared with on every page, besides raw Readability:
 * Defuddle (Obsidian Web Clipper's extractor) and @extractus/article-extractor.
 * Both are devDependencies used by the evaluation only, never shipped.
 * Neither may touch the network: they get the page as a string or a DOM,
 * Defuddle's site extractors (the only part that fetches) are off, and
 * `fetch` is replaced for the whole run by one that refuses.
 */
import { extractFromHtml } from '@extractus/article-extractor';
import { Defuddle } from 'defuddle/node';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { blockText } from '../../utils/dom/blocks';
import type { Output } from './systems';

/** Addresses a peer tried to fetch (should stay empty; the report says so when not). */
export const fetchAttempts: string[] = [];
globalThis.fetch = async (input: unknown) => {
  fetchAttempts.push(String((input as { url?: string })?.url ?? input));
  throw new Error('the evaluation makes no network requests');
};

export type PeerName = 'defuddle' | 'articleExtractor';
export const PEERS: PeerName[] = ['defuddle', 'articleExtractor'];
export const PEER_LABEL: Record<PeerName, string> = { defuddle: 'Defuddle', articleExtractor: 'article-extractor' };

/** Extracted HTML as block text, the way Readability's is read. */
const textOfHtml = (html: string) => blockText(JSDOM.fragment(html));

async function defuddle(html: string, url: string): Promise<Output> {
  // linkedom: the same output as on jsdom (checked on the whole corpus), six times faster.
  const { document } = parseHTML(html);
  const r = await Defuddle(document as unknown as Document, url, { useAsync: false, markdown: false });
  const content = r.content ?? '';
  return content.trim() ? { found: true, title: r.title ?? '', text: textOfHtml(content), dir: null } : { found: false, reason: 'no-article', title: '', text: '', dir: null };
}

async function articleExtractor(html: string, url: string): Promise<Output> {
  // It needs an http(s) address to say anything; the pages' own are used.
  const r = await extractFromHtml(html, url);
  if (!r?.content) return { found: false, reason: 'no-article', title: '', text: '', dir: null };
  return { found: true, title: r.title ?? '', text: textOfHtml(r.content), dir: null };
}

const RUN: Record<PeerName, (html: string, url: string) => Promise<Output>> = { defuddle, articleExtractor };

/** One peer on one page; a peer that throws has found nothing. Its console noise (broken JSON-LD) is dropped. */
export async function runPeer(peer: PeerName, html: string, url: string): Promise<Output> {
  const { error, warn } = console;
  console.error = console.warn = () => {};
  try {
    return await RUN[peer](html, url);
  } catch (err) {
    return { found: false, reason: `threw: ${(err as Error).message}`, title: '', text: '', dir: null };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}
