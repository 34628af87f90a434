import type { ImportOutcome } from '../../hooks/useLibrary';
import { t } from '../../utils/browser/i18n';
import { formatNumber } from '../../utils/text/format';

/** What the library page says after an import: how many came in, or why nothing changed. */
export function importMessage(outcome: ImportOutcome, lang: string): string {
  if (outcome.ok) return t('libraryImported', { count: formatNumber(outcome.count, lang) });
  if ('cancelled' in outcome) return t('libraryImportCancelled');
  if ('error' in outcome) return t('libraryImportFailed', { message: outcome.error });
  const r = outcome.refused;
  switch (r.problem) {
    case 'not-json':
      return t('libraryImportNotJson');
    case 'not-ours':
      return t('libraryImportNotOurs');
    case 'version':
      return t('libraryImportVersion');
    case 'too-large':
      return t('libraryImportTooLarge');
    case 'bad-article':
      return t('libraryImportBadArticle', { article: formatNumber(r.article, lang), field: r.field });
    case 'duplicate':
      return t('libraryImportDuplicate', { article: formatNumber(r.article, lang) });
    case 'bad-highlight':
      return t('libraryImportBadHighlight', { highlight: formatNumber(r.highlight, lang) });
  }
}
