import { SPEECH_RATES, formatRate } from '../../utils/speech/rates';

export interface SpeechRateSelectProps {
  id?: string;
  value: number;
  onPick: (rate: number) => void;
  uiLang: string;
  /** `data-qari` of the select, for the browser tests. */
  name?: string;
}

/** The one speed picker: the settings panel's and the narrator bar's. */
export function SpeechRateSelect({ id, value, onPick, uiLang, name }: SpeechRateSelectProps) {
  return (
    <select id={id} class="qari-select" value={String(value)} onChange={(e) => onPick(Number((e.currentTarget as HTMLSelectElement).value))} data-qari={name}>
      {SPEECH_RATES.map((r) => (
        <option value={String(r)}>{formatRate(r, uiLang)}</option>
      ))}
    </select>
  );
}
