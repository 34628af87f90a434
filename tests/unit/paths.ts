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
