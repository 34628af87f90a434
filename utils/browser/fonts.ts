/**
 * The bundled fonts in the places Qari shows text: extension pages load them
 * by URL; the full-page view over a tab gets them as bytes from the background.
 */
import { browser } from 'wxt/browser';
import { fontChoice, fontFaceCss, type FontFile } from '../prefs/fonts';
import type { FontId } from '../prefs/schema';
import { fromBase64, toBase64 } from '../text/base64';
import { askBackground } from './messaging';

/** Declares the bundled fonts in an extension page (popup, options), where they load by URL when text needs them. */
export function installFontFaces(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = fontFaceCss();
  doc.head.append(style);
}

/** A bundled font file (`/fonts/…`) as base64, read from the extension's own files: the background and extension pages. */
export async function readFontFile(file: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(file as '/'));
  return toBase64(new Uint8Array(await response.arrayBuffer()));
}

/** A bundled font file as base64, asked of the background: content scripts may not read extension files. '' when refused. */
export async function fontFromBackground(file: string): Promise<string> {
  const reply = await askBackground({ type: 'font', file });
  return 'base64' in reply ? reply.base64 : '';
}

/** Files already added to a document's fonts (by path), so each is fetched once. */
const added = new WeakMap<Document, Map<string, Promise<void>>>();

async function addFace(doc: Document, file: FontFile): Promise<void> {
  const base64 = await fontFromBackground(file.url);
  if (!base64) return;
  const face = new FontFace(file.family, fromBase64(base64), { weight: String(file.weight), unicodeRange: file.range, display: 'swap' });
  await face.load();
  doc.fonts.add(face);
}

/**
 * Makes the chosen bundled font available to the full-page view in `doc`.
 * The files come from the background as bytes: a content script may not load
 * extension files by URL unless they are web-accessible, and Qari exposes
 * none. A face built from bytes is not subject to the page's font-src policy
 * either.
 */
export function ensureFont(doc: Document, id: FontId): Promise<void> {
  let files = added.get(doc);
  if (!files) added.set(doc, (files = new Map()));
  const known = files;
  return Promise.all(
    fontChoice(id).files.map((file) => {
      let pending = known.get(file.url);
      if (!pending) {
        pending = addFace(doc, file).catch(() => undefined);
        known.set(file.url, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}
