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
  /** The article's script: the font and line spacing controls are those of its typography. */
  script?: Script;
}

/** The reader's settings panel: every preference, reset, and the way to the options page. */
export function SettingsPanel({ prefs, onChange, idPrefix, onReset, onOpenOptions, script }: SettingsPanelProps) {
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
      </div>
    </div>
  );
}
