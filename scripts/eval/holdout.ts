/**
 * Which quotation pages were held out from rule work (issue 13), so that the
 * eval reports how the rules do on pages nobody tuned them on apart from the
 * pages they were written on.
 *
 * `held-out`: chosen before any rule work, blind to the pages' content: the
 * pages whose `quotes.txt` lists at least one quotation, grouped by language
 * (case.json `lang`), sorted by the SHA-1 of the case's name (`source/case` in
 * the shared corpus, the folder name in ours, as `sha1sum` gives it); in each
 * language the round(n / 3) pages with the highest hashes are held out.
 * ar 13 → 4, fa 6 → 2, prs 5 → 2, ur 4 → 1, he 4 → 1: 10 of 32. Scored only
 * at the end of the rule work.
 *
 * `batch 2`: our corpus's second batch (tests/fixtures/corpus/batch2.txt),
 * written after the rules and blind to them; scored once before any rule was
 * changed for it (README, "Quotations on real pages"), worked on afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_CORPUS } from './corpus';

export type QuoteSplit = 'dev' | 'held-out' | 'batch 2';

const QUOTE_HOLDOUT = new Set([
  'corpus/ar-tagdiv-iraq-startups',
  'corpus/ar-masrawy-brbr-tomatoes',
  'corpus/ar-asharq-runin-redsea',
  'corpus/ar-simorgh-oman-settlement',
  'magic-html/varzesh3-esteghlal-coach-ban-suspended',
  'corpus/fa-shahrnameh-tehran-schools-pollution',
  'corpus/he-wp-neve-hasharon-community-gardens',
  'corpus/prs-pamir-kabul-power-cuts',
  'nlp-article-extractor/darivoa-punjab-kite-flying-ban',
  'corpus/ur-paigham-petrol-price-cut',
]);

const BATCH2 = new Set(
  readFileSync(join(OWN_CORPUS, 'batch2.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name) => `corpus/${name}`),
);

/** The split a case's quotations are reported in, by its report label. */
export const quoteSplit = (label: string): QuoteSplit => (QUOTE_HOLDOUT.has(label) ? 'held-out' : BATCH2.has(label) ? 'batch 2' : 'dev');
