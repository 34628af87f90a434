/** Reading-aloud speeds: the choices offered, and how a picker writes them. */
import { formatNumber } from '../text/format';

/** The speeds offered (SpeechSynthesisUtterance.rate); the preference takes one of them. */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** A speed as every speed picker shows it, in Western digits: "1.25×". */
export function formatRate(rate: number, uiLang: string): string {
  return `${formatNumber(rate, uiLang, 'western')}×`;
}
