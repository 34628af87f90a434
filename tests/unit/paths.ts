import { existsSync, readFileSync } from 'node:fs';
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
