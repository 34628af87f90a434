/**
 * Typography for each right-to-left script, as data: which preference holds
 * the font of articles in that script, which fonts are offered, and which
 * holds their line spacing. The article's language picks the script.
 */
import { isRtlLanguage } from '../text/direction';
import { primarySubtag } from '../text/language';
import { LATIN_SCALE, fontChoice, type FontChoice } from './fonts';
import {
  ARABIC_FONTS,
  HEBREW_FONTS,
  LINE_HEIGHT,
  LINE_HEIGHT_URDU,
  PERSIAN_FONTS,
  URDU_FONTS,
  type FontId,
  type PrefKey,
  type Prefs,
} from './schema';

/** The right-to-left scripts with a typography of their own, and `latin` for articles in a left-to-right language. */
export const SCRIPTS = ['arabic', 'persian', 'urdu', 'hebrew', 'latin'] as const;
export type Script = (typeof SCRIPTS)[number];

export interface ScriptTypography {
  /** The preference that holds the font. */
  font: Extract<PrefKey, 'font' | 'fontPersian' | 'fontUrdu' | 'fontHebrew'>;
  /** The fonts offered, the default first. */
  fonts: readonly FontId[];
  /** The preference that holds the line spacing, and its range. */
  leading: Extract<PrefKey, 'lineHeight' | 'lineHeightUrdu'>;
  range: { min: number; max: number; step: number };
}

/** Arabic keeps today's fonts; Persian gets Vazirmatn, Urdu Nastaliq with taller lines, Hebrew Frank Ruhl Libre. */
export const TYPOGRAPHY: Record<Script, ScriptTypography> = {
  arabic: { font: 'font', fonts: ARABIC_FONTS, leading: 'lineHeight', range: LINE_HEIGHT },
  persian: { font: 'fontPersian', fonts: PERSIAN_FONTS, leading: 'lineHeight', range: LINE_HEIGHT },
  urdu: { font: 'fontUrdu', fonts: URDU_FONTS, leading: 'lineHeightUrdu', range: LINE_HEIGHT_URDU },
  hebrew: { font: 'fontHebrew', fonts: HEBREW_FONTS, leading: 'lineHeight', range: LINE_HEIGHT },
  // An English article is set in the Arabic font, its Latin at full size (see typographyOf).
  latin: { font: 'font', fonts: ARABIC_FONTS, leading: 'lineHeight', range: LINE_HEIGHT },
};

/** Primary language subtags by script; any other language (Arabic, Pashto, Kurdish, English…) is set as Arabic is. */
const LANGUAGES: Partial<Record<string, Script>> = {
  fa: 'persian',
  prs: 'persian',
  ur: 'urdu',
  he: 'hebrew',
  iw: 'hebrew',
  yi: 'hebrew',
  ji: 'hebrew',
};

/**
 * The script whose typography an article in `lang` gets: "fa-IR" → persian,
 * "ur" → urdu, "he" → hebrew, a left-to-right language ("en") → latin;
 * Arabic, the other Arabic-script languages and no language → arabic.
 */
export function scriptOf(lang: string | null | undefined): Script {
  const script = LANGUAGES[primarySubtag(lang)];
  if (script) return script;
  return lang && !isRtlLanguage(lang) ? 'latin' : 'arabic';
}

/**
 * The font, line spacing and size factor an article in `script` is set in,
 * from `prefs`. The Arabic fonts' Latin is scaled down to sit with Arabic
 * (LATIN_SCALE); a Latin-script article is set that much larger, so its
 * text has the size the reader chose.
 */
export function typographyOf(prefs: Prefs, script: Script): { font: FontChoice; lineHeight: number; sizeFactor: number } {
  const rules = TYPOGRAPHY[script];
  const font = fontChoice(prefs[rules.font]);
  const scale = script === 'latin' ? LATIN_SCALE[font.files[0]?.family ?? ''] : undefined;
  return { font, lineHeight: prefs[rules.leading], sizeFactor: scale ? 100 / scale : 1 };
}
