/**
 * The bundled fonts: the subsets a script needs (Arabic, Hebrew, Latin),
 * woff2 only, from the @fontsource packages. Nothing is fetched from the
 * network: the build copies each file listed here to `fonts/` in the
 * extension (see wxt.config.ts). Each face's CSS family names the font
 * (`Qari Vazirmatn`), so tools and tests can tell which is in use.
 */
import type { FontId } from './schema';

/** Unicode ranges of the subsets, as Google Fonts and Fontsource cut them. */
const ARABIC = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const HEBREW = 'U+0307-0308, U+0590-05FF, U+200C-2010, U+20AA, U+25CC, U+FB1D-FB4F';
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
/**
 * The part of the Latin subset that is Latin words and Western numbers:
 * letters, digits, # $ % + @ €. Spaces and punctuation, which Arabic text
 * uses too, are not in it: scaling them would narrow the spaces between
 * Arabic words.
 */
const LATIN_WORDS = 'U+0023-0025, U+002B, U+0030-0039, U+0040-005A, U+0061-007A, U+00C0-00D6, U+00D8-00F6, U+00F8-00FF, U+0131, U+0152-0153, U+20AC';

export interface FontFile {
  family: string;
  weight: 400 | 700;
  range: string;
  /** The @fontsource package the file comes from. */
  pkg: string;
  /** Path of the woff2 inside the extension (two faces may share a file). */
  url: string;
  /** CSS `size-adjust` in percent: Latin words scaled to sit with the Arabic (LATIN_SCALE). */
  sizeAdjust?: number;
}

export interface FontChoice {
  id: FontId;
  /** Name shown to the user, in its own font. */
  label: string;
  /** CSS font-family stack. */
  stack: string;
  /** Its faces: where ranges overlap, the later face wins (CSS and FontFaceSet order alike). */
  files: FontFile[];
}

/**
 * How much each Arabic-script font's Latin words and digits are scaled (CSS
 * `size-adjust`, percent) so that they sit with the Arabic around them
 * instead of standing out larger: a digit's height is brought to about 85%
 * of the alif's, as measured in Chromium at 100px (digit and alif: Naskh 73
 * and 68, Amiri 63 and 72, Kufi 73 and 76, Sans 73 and 71, Vazirmatn 73 and
 * 67). Vazirmatn's Latin was drawn to go with its Persian: it is scaled
 * less (90%). Nastaliq's alif towers over its small letter bodies (digit 67,
 * alif 87): by that rule Latin would grow (110%) and stand out; 95% was
 * chosen by eye on an Urdu article. Checked in the browser by
 * tests/e2e/typography.spec.ts.
 */
export const LATIN_SCALE: Readonly<Record<string, number>> = {
  'Qari Naskh': 80,
  'Qari Amiri': 95,
  'Qari Kufi': 90,
  'Qari Sans': 85,
  'Qari Vazirmatn': 90,
  'Qari Nastaliq': 95,
};

/** A face from `files/<name>` of an @fontsource package, shipped as `/fonts/<name>`. */
const face = (family: string, weight: 400 | 700, range: string, pkg: string, name: string, sizeAdjust?: number): FontFile => ({
  family,
  weight,
  range,
  pkg,
  url: `/fonts/${name}`,
  ...(sizeAdjust ? { sizeAdjust } : {}),
});

/**
 * A font's Latin subset: spaces and punctuation at their size, then (when
 * the family has a scale) its words and digits scaled, from the same file.
 */
const latin = (family: string, weight: 400 | 700, pkg: string, name: string): FontFile[] => [
  face(family, weight, LATIN, pkg, name),
  ...(LATIN_SCALE[family] ? [face(family, weight, LATIN_WORDS, pkg, name, LATIN_SCALE[family])] : []),
];

const naskh = '@fontsource/noto-naskh-arabic';
const amiri = '@fontsource/amiri';
const kufi = '@fontsource/noto-kufi-arabic';
const sans = '@fontsource/noto-sans-arabic';
const vazirmatn = '@fontsource/vazirmatn';
const nastaliq = '@fontsource/noto-nastaliq-urdu';
const frank = '@fontsource/frank-ruhl-libre';

/**
 * Bold is bundled for the default font of each script (headlines); the
 * others are synthesised by the browser, which keeps the package small.
 */
export const FONT_CHOICES: FontChoice[] = [
  {
    id: 'naskh',
    label: 'نسخ',
    stack: "'Qari Naskh', 'Noto Naskh Arabic', serif",
    files: [
      face('Qari Naskh', 400, ARABIC, naskh, 'noto-naskh-arabic-arabic-400-normal.woff2'),
      face('Qari Naskh', 700, ARABIC, naskh, 'noto-naskh-arabic-arabic-700-normal.woff2'),
      ...latin('Qari Naskh', 400, naskh, 'noto-naskh-arabic-latin-400-normal.woff2'),
      ...latin('Qari Naskh', 700, naskh, 'noto-naskh-arabic-latin-700-normal.woff2'),
    ],
  },
  {
    id: 'amiri',
    label: 'أميري',
    stack: "'Qari Amiri', 'Amiri', serif",
    files: [face('Qari Amiri', 400, ARABIC, amiri, 'amiri-arabic-400-normal.woff2'), ...latin('Qari Amiri', 400, amiri, 'amiri-latin-400-normal.woff2')],
  },
  {
    id: 'kufi',
    label: 'كوفي',
    stack: "'Qari Kufi', 'Noto Kufi Arabic', sans-serif",
    files: [face('Qari Kufi', 400, ARABIC, kufi, 'noto-kufi-arabic-arabic-400-normal.woff2'), ...latin('Qari Kufi', 400, kufi, 'noto-kufi-arabic-latin-400-normal.woff2')],
  },
  {
    id: 'sans',
    label: 'سانس',
    stack: "'Qari Sans', 'Noto Sans Arabic', sans-serif",
    files: [face('Qari Sans', 400, ARABIC, sans, 'noto-sans-arabic-arabic-400-normal.woff2'), ...latin('Qari Sans', 400, sans, 'noto-sans-arabic-latin-400-normal.woff2')],
  },
  {
    id: 'vazirmatn',
    label: 'وزیرمتن',
    stack: "'Qari Vazirmatn', 'Vazirmatn', sans-serif",
    files: [
      face('Qari Vazirmatn', 400, ARABIC, vazirmatn, 'vazirmatn-arabic-400-normal.woff2'),
      face('Qari Vazirmatn', 700, ARABIC, vazirmatn, 'vazirmatn-arabic-700-normal.woff2'),
      ...latin('Qari Vazirmatn', 400, vazirmatn, 'vazirmatn-latin-400-normal.woff2'),
      ...latin('Qari Vazirmatn', 700, vazirmatn, 'vazirmatn-latin-700-normal.woff2'),
    ],
  },
  {
    id: 'nastaliq',
    label: 'نستعلیق',
    stack: "'Qari Nastaliq', 'Noto Nastaliq Urdu', serif",
    files: [
      face('Qari Nastaliq', 400, ARABIC, nastaliq, 'noto-nastaliq-urdu-arabic-400-normal.woff2'),
      face('Qari Nastaliq', 700, ARABIC, nastaliq, 'noto-nastaliq-urdu-arabic-700-normal.woff2'),
      ...latin('Qari Nastaliq', 400, nastaliq, 'noto-nastaliq-urdu-latin-400-normal.woff2'),
      ...latin('Qari Nastaliq', 700, nastaliq, 'noto-nastaliq-urdu-latin-700-normal.woff2'),
    ],
  },
  {
    id: 'frank-ruhl',
    label: 'פרנק רוהל',
    stack: "'Qari Frank Ruhl', 'Frank Ruhl Libre', serif",
    files: [
      face('Qari Frank Ruhl', 400, HEBREW, frank, 'frank-ruhl-libre-hebrew-400-normal.woff2'),
      face('Qari Frank Ruhl', 700, HEBREW, frank, 'frank-ruhl-libre-hebrew-700-normal.woff2'),
      face('Qari Frank Ruhl', 400, LATIN, frank, 'frank-ruhl-libre-latin-400-normal.woff2'),
      face('Qari Frank Ruhl', 700, LATIN, frank, 'frank-ruhl-libre-latin-700-normal.woff2'),
    ],
  },
  {
    id: 'system',
    label: 'النظام',
    stack: "system-ui, -apple-system, 'Segoe UI', Tahoma, 'Noto Sans Arabic', sans-serif",
    files: [],
  },
];

export function fontChoice(id: FontId): FontChoice {
  return FONT_CHOICES.find((f) => f.id === id) ?? FONT_CHOICES[0];
}

/** Every bundled face. */
export const FONT_FILES: FontFile[] = FONT_CHOICES.flatMap((f) => f.files);

/** Every bundled file's path, once each: the only files the background hands to content scripts. */
export const FONT_URLS = new Set(FONT_FILES.map((file) => file.url));

/** One `@font-face` rule. */
export function fontFaceRule(file: FontFile, src = `url('${file.url}')`): string {
  const adjust = file.sizeAdjust ? `;size-adjust:${file.sizeAdjust}%` : '';
  return `@font-face{font-family:'${file.family}';font-style:normal;font-weight:${file.weight};font-display:swap;src:${src} format('woff2');unicode-range:${file.range}${adjust}}`;
}

/** `@font-face` rules for extension pages, where the files load by URL, each only when text needs it. */
export function fontFaceCss(): string {
  return FONT_FILES.map((file) => fontFaceRule(file)).join('\n');
}

/** Code points of a unicode-range ("U+0600-06FF, U+200C") as [first, last] pairs. */
function rangesOf(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

/**
 * The faces of `choice` that some character of `text` needs: what a browser
 * loads by itself from `unicode-range`, for the full-page view, which adds
 * its faces from bytes (a Hebrew article never loads the Latin words of a
 * font it has no Latin in).
 */
export function facesFor(choice: FontChoice, text: string): FontFile[] {
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) seen.add(text.charCodeAt(i));
  const codes = [...seen];
  return choice.files.filter((file) => rangesOf(file.range).some(([a, b]) => codes.some((c) => c >= a && c <= b)));
}
