import { fontFaceCss } from '../prefs/fonts';

/** Declares the bundled fonts in an extension page (popup, options), where they load by URL when text needs them. */
export function installFontFaces(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = fontFaceCss();
  doc.head.append(style);
}
