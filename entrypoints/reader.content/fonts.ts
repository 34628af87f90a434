import { fromBase64 } from '../../utils/text/base64';
import { fontChoice, type FontFile } from '../../utils/prefs/fonts';
import { askBackground } from '../../utils/browser/messaging';
import type { FontId } from '../../utils/prefs/schema';

/** Files already added to this page's fonts (by path), so each is fetched once. */
const added = new Map<string, Promise<void>>();

async function addFace(file: FontFile): Promise<void> {
  const base64 = await fontBase64(file.url);
  if (!base64) return;
  const face = new FontFace(file.family, fromBase64(base64), { weight: String(file.weight), unicodeRange: file.range, display: 'swap' });
  await face.load();
  document.fonts.add(face);
}

/**
 * Makes the chosen bundled font available to the full-page view. The files
 * come from the background as bytes: a content script may not load extension
 * files by URL unless they are web-accessible, and Qari exposes none. A face
 * built from bytes is not subject to the page's font-src policy either.
 */
/** A bundled font file as base64, from the background (for the saved HTML file). */
export async function fontBase64(url: string): Promise<string> {
  const reply = await askBackground({ type: 'font', file: url });
  return 'base64' in reply ? reply.base64 : '';
}

export function ensureFont(id: FontId): Promise<void> {
  return Promise.all(
    fontChoice(id).files.map((file) => {
      let pending = added.get(file.url);
      if (!pending) {
        pending = addFace(file).catch(() => undefined);
        added.set(file.url, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}
