import { useUiStrings } from '../../hooks/useUiStrings';
import { keyOf, type UiStringKey } from '../../utils/ui-strings';
import { DIACRITICS, FONT_SIZE, NUMERALS, THEMES, WIDTHS, type PrefKey, type Prefs } from '../../utils/prefs/schema';
import { TYPOGRAPHY, type Script } from '../../utils/prefs/typography';
import { SpeechRateSelect } from './SpeechRateSelect';

export type SetPref = <K extends PrefKey>(key: K, value: Prefs[K]) => void;

export interface PrefControlsProps {
  prefs: Prefs;
  onChange: SetPref;
  /** Id prefix, so two sets of controls can live on one page. */
  idPrefix?: string;
  /** The script whose font and line spacing the controls change: the article's (typography.ts). */
  script?: Script;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/** A row of toggle buttons, one pressed: an accessible single choice. */
function Segment<T extends string>(props: { id: string; value: T; options: readonly T[]; name: (v: T) => string; onPick: (v: T) => void }) {
  return (
    <div class="qari-segment" role="group" aria-labelledby={props.id}>
      {props.options.map((option) => (
        <button type="button" aria-pressed={props.value === option} onClick={() => props.onPick(option)} data-value={option}>
          {props.name(option)}
        </button>
      ))}
    </div>
  );
}

/** The font of articles in `script`: a choice among the fonts offered for it. */
export function FontSelect({ id, script, prefs, onChange }: { id: string; script: Script; prefs: Prefs; onChange: SetPref }) {
  const { t } = useUiStrings();
  const rules = TYPOGRAPHY[script];
  return (
    <select id={id} class="qari-select" value={prefs[rules.font]} onChange={(e) => onChange(rules.font, (e.currentTarget as HTMLSelectElement).value as never)}>
      {rules.fonts.map((font) => (
        <option value={font}>{t(keyOf('font', font))}</option>
      ))}
    </select>
  );
}

/** The line spacing of articles in `script`, within its range; `labelId` names the group. */
export function LeadingStepper({ labelId, script, prefs, onChange }: { labelId: string; script: Script; prefs: Prefs; onChange: SetPref }) {
  const { t } = useUiStrings();
  const { leading: key, range } = TYPOGRAPHY[script];
  const value = prefs[key];
  const step = (delta: number) => onChange(key, round1(clamp(value + delta, range.min, range.max)));
  return (
    <div class="qari-stepper" role="group" aria-labelledby={labelId}>
      <button type="button" class="qari-button" aria-label={t('tighter')} disabled={value <= range.min} onClick={() => step(-range.step)}>−</button>
      <output data-pref={key} aria-live="polite">{value.toFixed(1)}</output>
      <button type="button" class="qari-button" aria-label={t('looser')} disabled={value >= range.max} onClick={() => step(range.step)}>+</button>
    </div>
  );
}

/**
 * Every reading preference as a control. Used by the popup's settings panel,
 * the full-page view and the options page: one set of controls, one set of items.
 */
export function PrefControls({ prefs, onChange, idPrefix = 'qari', script = 'arabic' }: PrefControlsProps) {
  const { t, lang: uiLang } = useUiStrings();
  const id = (name: string) => `${idPrefix}-${name}`;
  const size = (delta: number) => onChange('fontSize', clamp(prefs.fontSize + delta, FONT_SIZE.min, FONT_SIZE.max));
  return (
    <>
      <label for={id('font')}>{t('font')}</label>
      <FontSelect id={id('font')} script={script} prefs={prefs} onChange={onChange} />

      <span class="qari-label" id={id('size-label')}>{t('fontSize')}</span>
      <div class="qari-stepper" role="group" aria-labelledby={id('size-label')}>
        <button type="button" class="qari-button" aria-label={t('smaller')} disabled={prefs.fontSize <= FONT_SIZE.min} onClick={() => size(-1)}>−</button>
        <output data-pref="fontSize" aria-live="polite">{prefs.fontSize}px</output>
        <button type="button" class="qari-button" aria-label={t('larger')} disabled={prefs.fontSize >= FONT_SIZE.max} onClick={() => size(1)}>+</button>
      </div>

      <span class="qari-label" id={id('leading-label')}>{t('lineHeight')}</span>
      <LeadingStepper labelId={id('leading-label')} script={script} prefs={prefs} onChange={onChange} />

      <span class="qari-label" id={id('width')}>{t('width')}</span>
      <Segment id={id('width')} value={prefs.width} options={WIDTHS} name={(w) => t(`width_${w}` as UiStringKey)} onPick={(w) => onChange('width', w)} />

      <span class="qari-label" id={id('theme')}>{t('theme')}</span>
      <Segment id={id('theme')} value={prefs.theme} options={THEMES} name={(v) => t(`theme_${v}` as UiStringKey)} onPick={(v) => onChange('theme', v)} />

      <span class="qari-label" id={id('diacritics')}>{t('diacritics')}</span>
      <Segment id={id('diacritics')} value={prefs.diacritics} options={DIACRITICS} name={(v) => t(`diacritics_${v}` as UiStringKey)} onPick={(v) => onChange('diacritics', v)} />

      <label for={id('numerals')}>{t('numerals')}</label>
      <select id={id('numerals')} class="qari-select" value={prefs.numerals} onChange={(e) => onChange('numerals', (e.currentTarget as HTMLSelectElement).value as Prefs['numerals'])}>
        {NUMERALS.map((n) => (
          <option value={n}>{t(`numerals_${n}` as UiStringKey)}</option>
        ))}
      </select>

      <label for={id('rate')}>{t('speechRate')}</label>
      <SpeechRateSelect id={id('rate')} value={prefs.speechRate} onPick={(rate) => onChange('speechRate', rate)} uiLang={uiLang} />

      <span class="qari-label" aria-hidden="true" />
      <div class="qari-checks">
        <Check id={id('justify')} label={t('justify')} checked={prefs.justify} onChange={(v) => onChange('justify', v)} />
        <Check id={id('quotes')} label={t('quotes')} checked={prefs.quotes} onChange={(v) => onChange('quotes', v)} />
        <Check id={id('images')} label={t('loadImages')} checked={prefs.loadImages} onChange={(v) => onChange('loadImages', v)} />
      </div>
    </>
  );
}

function Check(props: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label class="qari-check" for={props.id}>
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />
      {props.label}
    </label>
  );
}
