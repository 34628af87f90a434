import { useEffect, useState } from 'preact/hooks';
import { canChangeShortcuts, changeShortcut, commandShortcut, openShortcutsPage } from '../../utils/browser/commands';
import { Isolated } from '../../components/text/Isolated';
import { t } from '../../utils/browser/i18n';
import { TOGGLE_COMMAND } from '../../utils/contract';

/**
 * The current shortcut of the toggle command, and how to change it: Chrome
 * and Edge only on their shortcuts page; Firefox here, through commands.update.
 */
export function Shortcut() {
  const [keys, setKeys] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState('');
  // Only Firefox can change a shortcut from the extension itself.
  const canUpdate = canChangeShortcuts();

  const refresh = async () => {
    const shortcut = await commandShortcut(TOGGLE_COMMAND);
    setKeys(shortcut);
    setDraft(shortcut);
  };
  useEffect(() => void refresh(), []);

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      await changeShortcut(TOGGLE_COMMAND, draft.trim());
      setNote(t('shortcutSaved'));
      await refresh();
    } catch (err) {
      setNote(t('shortcutInvalid', { message: String((err as Error)?.message ?? err) }));
    }
  };

  return (
    <section aria-labelledby="qari-shortcut-heading">
      <h2 id="qari-shortcut-heading">{t('shortcutHeading')}</h2>
      <p class="qari-shortcut" data-qari="shortcut">
        {keys === null ? null : keys ? (
          <>
            {t('shortcutCurrent', { keys: '' })}
            <kbd dir="ltr">{keys}</kbd>
          </>
        ) : (
          t('shortcutNone')
        )}
      </p>
      {canUpdate ? (
        <form class="qari-shortcut" onSubmit={save}>
          <p>
            <Isolated text={t('shortcutFirefox')} />
          </p>
          <label class="qari-visually-hidden" for="qari-shortcut-input">
            {t('shortcutHeading')}
          </label>
          <input id="qari-shortcut-input" dir="ltr" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="qari-button">
            {t('shortcutSave')}
          </button>
          <span role="status">{note}</span>
        </form>
      ) : (
        <div class="qari-shortcut">
          <p>
            <Isolated text={t('shortcutChrome')} />
          </p>
          <button type="button" class="qari-button" onClick={() => void openShortcutsPage()}>
            {t('shortcutOpen')}
          </button>
        </div>
      )}
    </section>
  );
}
