import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { addSiteRules, deleteSiteRules, loadSiteRules, watchSiteRules } from '../../utils/browser/site-rules';
import { parseRulesFile, rulesFile, type ImportProblem } from '../../utils/sites/file';
import { ruleId, type SiteRule } from '../../utils/sites/rules';
import { formatDate } from '../../utils/text/format';

const SHOWN_CHARS = 60;

/** What a rule does, in a line. */
const doesOf = (rule: SiteRule) => t(rule.kind === 'remove' ? 'siteRuleRemove' : 'siteRulePick', { text: rule.text.slice(0, SHOWN_CHARS) || rule.selector });

/** The message for a refused import file. */
function problemText(p: ImportProblem): string {
  if (p.problem === 'bad-rule') return t('importBadRule', { rule: p.rule, field: p.field });
  return t(({ 'not-json': 'importNotJson', 'not-ours': 'importNotOurs', version: 'importVersion', 'too-large': 'importTooLarge' } as const)[p.problem]);
}

/**
 * The user's fixes for sites: each with its site, what it does and when it
 * was added, a delete button; export to a JSON file and import from one (all
 * or nothing: a bad file changes nothing and says why).
 */
export function SiteRules() {
  const [rules, setRules] = useState<SiteRule[] | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void loadSiteRules().then(setRules);
    return watchSiteRules(setRules);
  }, []);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([rulesFile(rules ?? [])], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'qari-site-fixes.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseRulesFile(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!parsed.ok) return setNote({ text: problemText(parsed), error: true });
    await addSiteRules(parsed.rules);
    setRules(await loadSiteRules());
    setNote({ text: t('siteRulesImported', { count: parsed.rules.length }), error: false });
  };
  if (!rules) return null;
  const lang = uiLanguage();
  return (
    <section class="qari-site-rules" aria-labelledby="qari-site-rules-heading" data-qari="site-rules">
      <h2 id="qari-site-rules-heading">{t('siteRulesHeading')}</h2>
      <p>{t('siteRulesIntro')}</p>
      {rules.length === 0 ? (
        <p data-qari="site-rules-none">{t('siteRulesNone')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('siteRuleSite')}</th>
              <th scope="col">{t('siteRuleDoes')}</th>
              <th scope="col">{t('siteRuleAdded')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={ruleId(rule)} data-qari="site-rule">
                <td dir="ltr">{rule.host}</td>
                <td>
                  <bdi>{doesOf(rule)}</bdi>
                </td>
                <td>{formatDate(new Date(rule.added).toISOString(), lang)}</td>
                <td>
                  <button type="button" class="qari-button" aria-label={t('siteRuleDeleteLabel', { site: rule.host, does: doesOf(rule) })} onClick={() => void deleteSiteRules([ruleId(rule)])} data-qari="site-rule-delete">
                    {t('siteRuleDelete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="qari-site-rules-actions">
        <button type="button" class="qari-button" onClick={exportFile} disabled={rules.length === 0} data-qari="site-rules-export">
          {t('siteRulesExport')}
        </button>
        <button type="button" class="qari-button" onClick={() => fileInput.current?.click()} data-qari="site-rules-import">
          {t('siteRulesImport')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])} data-qari="site-rules-file" />
      </div>
      <p role={note?.error ? 'alert' : 'status'} class={note?.error ? 'qari-site-rules-error' : undefined} data-qari="site-rules-note">
        {note?.text}
      </p>
    </section>
  );
}
