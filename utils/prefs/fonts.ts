/**
 * The bundled fonts: Arabic and Latin subsets only, woff2 only, from the
 * @fontsource packages. Nothing is fetched from the network: the build copies
 * each file listed here to `fonts/` in the extension (see wxt.config.ts).
 */
import type { FontId } from './schema';

/** Unicode ranges of the two subsets, as Google Fonts and Fontsource cut them. */
const ARABIC = 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

export interface FontFile {
  family: string;
  weight: 400 | 700;
  range: string;
  /** The @fontsource package the file comes from. */
  pkg: string;
  /** Path of the woff2 inside the extension. */
  url: string;
}

export interface FontChoice {
  id: FontId;
  /** Name shown to the user, in its own font. */
  label: string;
  /** CSS font-family stack. */
  stack: string;
  files: FontFile[];
}

/** A face from `files/<name>` of an @fontsource package, shipped as `/fonts/<name>`. */
const face = (family: string, weight: 400 | 700, range: string, pkg: string, name: string): FontFile => ({
  family,
  weight,
  range,
  pkg,
  url: `/fonts/${name}`,
});
const naskh = '@fontsource/noto-naskh-arabic';
const amiri = '@fontsource/amiri';
const kufi = '@fontsource/noto-kufi-arabic';
const sans = '@fontsource/noto-sans-arabic';

/**
 * Bold is bundled for the default font only (headlines); the others are
 * synthesised by the browser, which keeps the package small.
 */
export const FONT_CHOICES: FontChoice[] = [
  {
    id: 'naskh',
    label: 'نسخ',
    stack: "'Qari Naskh', 'Noto Naskh Arabic', serif",
    files: [
      face('Qari Naskh', 400, ARABIC, naskh, 'noto-naskh-arabic-arabic-400-normal.woff2'),
      face('Qari Naskh', 700, ARABIC, naskh, 'noto-naskh-arabic-arabic-700-normal.woff2'),
      face('Qari Naskh', 400, LATIN, naskh, 'noto-naskh-arabic-latin-400-normal.woff2'),
      face('Qari Naskh', 700, LATIN, naskh, 'noto-naskh-arabic-latin-700-normal.woff2'),
    ],
  },
  {
    id: 'amiri',
    label: 'أميري',
    stack: "'Qari Amiri', 'Amiri', serif",
    files: [face('Qari Amiri', 400, ARABIC, amiri, 'amiri-arabic-400-normal.woff2'),
      face('Qari Amiri', 400, LATIN, amiri, 'amiri-latin-400-normal.woff2'),
    ],
  },
  {
    id: 'kufi',
    label: 'كوفي',
    stack: "'Qari Kufi', 'Noto Kufi Arabic', sans-serif",
    files: [face('Qari Kufi', 400, ARABIC, kufi, 'noto-kufi-arabic-arabic-400-normal.woff2'),
      face('Qari Kufi', 400, LATIN, kufi, 'noto-kufi-arabic-latin-400-normal.woff2'),
    ],
  },
  {
    id: 'sans',
    label: 'سانس',
    stack: "'Qari Sans', 'Noto Sans Arabic', sans-serif",
    files: [face('Qari Sans', 400, ARABIC, sans, 'noto-sans-arabic-arabic-400-normal.woff2'),
      face('Qari Sans', 400, LATIN, sans, 'noto-sans-arabic-latin-400-normal.woff2'),
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

/** Every bundled file. */
export const FONT_FILES: FontFile[] = FONT_CHOICES.flatMap((f) => f.files);

/** Every bundled file's path: the only files the background hands to content scripts. */
export const FONT_URLS = new Set(FONT_CHOICES.flatMap((f) => f.files.map((file) => file.url)));

/** `@font-face` rules for extension pages, where the files load by URL, each only when text needs it. */
export function fontFaceCss(): string {
  return FONT_CHOICES.flatMap((f) => f.files)
    .map(
      (file) =>
        `@font-face{font-family:'${file.family}';font-style:normal;font-weight:${file.weight};font-display:swap;src:url('${file.url}') format('woff2');unicode-range:${file.range}}`,
    )
    .join('\n');
}
