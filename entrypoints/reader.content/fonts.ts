import { fontChoice, type FontFile } from '../../utils/fonts';
import { askBackground } from '../../utils/messaging';
import type { FontId } from '../../utils/prefs-schema';

/** Files already added to this page's fonts (by path), so each is fetched once. */
const added = new Map<string, Promise<void>>();

function bytesOf(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

async function addFace(file: FontFile): Promise<void> {
  const reply = await askBackground({ type: 'font', file: file.url });
  if (!('base64' in reply)) return;
  const face = new FontFace(file.family, bytesOf(reply.base64), { weight: String(file.weight), unicodeRange: file.range, display: 'swap' });
  await face.load();
  document.fonts.add(face);
}

/**
 * Makes the chosen bundled font available to the full-page view. The files
 * come from the background as bytes: a content script may not load extension
 * files by URL unless they are web-accessible, and Qari exposes none. A face
 * built from bytes is not subject to the page's font-src policy either.
 */
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
