import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders the unit tests read (plain paths: jsdom's URL is not one Node's fs accepts). */
const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, '../fixtures');
/** The shared folder beside the repository, or $QARI_SHARED. */
export const SHARED = process.env.QARI_SHARED ?? resolve(here, '../../../shared');
export const CORPUS = resolve(SHARED, 'corpus');
export const SEED = resolve(SHARED, 'seed/isna-article.txt');

/** Whether the seed article is here (tests that read it skip without it). */
export const seedExists = existsSync(SEED);

/** The seed article as the reader gets it: each non-empty line a paragraph, in an <article>. */
export function seedRoot(): HTMLElement {
  const root = document.createElement('article');
  for (const line of readFileSync(SEED, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = document.createElement('p');
    p.textContent = line;
    root.appendChild(p);
  }
  return root;
}

/**
 * `text` at the bottom of `depth` nested elements (div and span in turn) in a
 * <div>. Built from the inside out: appending under a deep node makes jsdom
 * walk all its ancestors.
 */
export function deepNest(text: string, depth = 5000): HTMLElement {
  let node: Node = document.createTextNode(text);
  for (let i = 0; i < depth; i++) {
    const parent = document.createElement(i % 2 ? 'span' : 'div');
    parent.appendChild(node);
    node = parent;
  }
  const root = document.createElement('div');
  root.appendChild(node);
  return root;
}

/** One page of a gold corpus (tests/fixtures/corpus, ../shared/corpus). */
export interface CorpusPage {
  name: string;
  dir: string;
  url: string;
  notArticle: boolean;
  /** Body gold lines (the headline line left out). */
  gold: string[];
  mustNot: string[];
}

/** Our own held-out corpus (tests/fixtures/corpus/README.md). */
export const OWN_CORPUS = resolve(FIXTURES, 'corpus');

/** The pages of the corpus at `root` that have a `case.json`. */
export function corpusPages(root = OWN_CORPUS): CorpusPage[] {
  if (!existsSync(root)) return [];
  const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean) : []);
  return readdirSync(root)
    .filter((name) => existsSync(resolve(root, name, 'case.json')))
    .sort()
    .map((name) => {
      const dir = resolve(root, name);
      const meta = JSON.parse(readFileSync(resolve(dir, 'case.json'), 'utf8'));
      const gold = lines(resolve(dir, 'expected.txt'));
      return { name, dir, url: meta.url, notArticle: meta.not_article === true, gold: meta.gold_has_title_line ? gold.slice(1) : gold, mustNot: lines(resolve(dir, 'must-not.txt')) };
    });
}
