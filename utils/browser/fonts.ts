/**
 * The bundled fonts in the places Qari shows text: extension pages load them
 * by URL; the full-page view over a tab gets them as bytes from the background.
 */
import { browser } from 'wxt/browser';
import { facesFor, fontChoice, fontFaceCss, type FontFile } from '../prefs/fonts';
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

/** Per document: each file's bytes (asked for once: two faces may share them) and each face made. */
interface Known {
  bytes: Map<string, Promise<string>>;
  faces: Map<string, Promise<FontFace | null>>;
}
/**
 * On the isolated world's global, not in this module: the full-page view's
 * two scripts (entrypoints/reader.content/view-code.ts) each bundle a copy of
 * this module, and the bytes the reader asked for as the view opened must be
 * the ones the whole view then finds.
 */
const known: WeakMap<Document, Known> = ((globalThis as { __qariFonts?: WeakMap<Document, Known> }).__qariFonts ??= new WeakMap());

async function makeFace(file: FontFile, state: Known): Promise<FontFace | null> {
  let bytes = state.bytes.get(file.url);
  if (!bytes) state.bytes.set(file.url, (bytes = fontFromBackground(file.url)));
  const base64 = await bytes;
  if (!base64) return null;
  const descriptors: FontFaceDescriptors & { sizeAdjust?: string } = { weight: String(file.weight), unicodeRange: file.range, display: 'swap' };
  if (file.sizeAdjust) descriptors.sizeAdjust = `${file.sizeAdjust}%`;
  return new FontFace(file.family, fromBase64(base64), descriptors).load();
}

/**
 * Makes bundled font `id` available to the full-page view in `doc`: the
 * faces that the characters of `text` (the article) need, no others. The
 * files come from the background as bytes: a content script may not load
 * extension files by URL unless they are web-accessible, and Qari exposes
 * none. A face built from bytes is not subject to the page's font-src
 * policy either. Faces are made at once and added in the font's order, so
 * where ranges overlap the later one wins, as in CSS.
 */
export async function ensureFont(doc: Document, id: FontId, text: string): Promise<void> {
  let state = known.get(doc);
  if (!state) known.set(doc, (state = { bytes: new Map(), faces: new Map() }));
  const made = await Promise.all(
    facesFor(fontChoice(id), text).map((file) => {
      const key = `${file.url} ${file.range} ${file.sizeAdjust ?? ''}`;
      let face = state.faces.get(key);
      if (!face) state.faces.set(key, (face = makeFace(file, state).catch(() => null)));
      return face;
    }),
  );
  for (const face of made) if (face && !doc.fonts.has(face)) doc.fonts.add(face);
}
