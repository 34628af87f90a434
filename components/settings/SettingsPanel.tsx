import { useUiStrings } from '../../hooks/useUiStrings';
import type { Prefs } from '../../utils/prefs/schema';
import type { Script } from '../../utils/prefs/typography';
import { PrefControls, type SetPref } from './PrefControls';

export interface SettingsPanelProps {
  prefs: Prefs;
  onChange: SetPref;
  /** Id prefix of the controls (`qari-popup`, `qari-page`). */
  idPrefix: string;
  onReset?: () => void;
  onOpenOptions?: () => void;
  /** Opens the library page (saved articles). */
  onOpenLibrary?: () => void;
  /** The article's script: the font and line spacing controls are those of its typography. */
  script?: Script;
}

/** The reader's settings panel: every preference, reset, and the ways to the options page and the library. */
export function SettingsPanel({ prefs, onChange, idPrefix, onReset, onOpenOptions, onOpenLibrary, script }: SettingsPanelProps) {
  const { t } = useUiStrings();
  return (
    <div class="qari-settings" id="qari-settings" data-qari="settings">
      <PrefControls prefs={prefs} onChange={onChange} idPrefix={idPrefix} script={script} />
      <div class="qari-settings-footer">
        {onReset && (
          <button type="button" class="qari-button" onClick={onReset}>
            {t('reset')}
          </button>
        )}
        {onOpenOptions && (
          <button type="button" class="qari-button" onClick={onOpenOptions}>
            {t('options')}
          </button>
        )}
        {onOpenLibrary && (
          <button type="button" class="qari-button" onClick={onOpenLibrary} data-qari="open-library">
            {t('libraryOpen')}
          </button>
        )}
      </div>
    </div>
  );
}
