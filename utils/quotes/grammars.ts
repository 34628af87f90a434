/** The grammar of each language the attribution reads (grammar.ts). */
import type { Grammar } from './grammar';
import type { Lang } from './lexicon';
import { ARABIC } from './rules';
import { PERSIAN } from './rules-fa';
import { HEBREW } from './rules-he';
import { URDU } from './rules-ur';

export const GRAMMARS: Record<Lang, Grammar> = { ar: ARABIC, fa: PERSIAN, ur: URDU, he: HEBREW };
