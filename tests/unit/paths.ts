import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders the unit tests read (plain paths: jsdom's URL is not one Node's fs accepts). */
const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, '../fixtures');
/** The shared folder beside the repository, or $QARI_SHARED. */
export const SHARED = process.env.QARI_SHARED ?? resolve(here, '../../../shared');
export const CORPUS = resolve(SHARED, 'corpus');
export const SEED = resolve(SHARED, 'seed/isna-article.txt');
