/**
 * What the full-page view holds of the page behind it while it is open
 * (entrypoints/reader.content/overlay.tsx), each given back by the function it returns: the page-level
 * rules, an inert <body>, and until then the focus kept off the page.
 */

/**
 * The page-level rules while the view is open, as one stylesheet added to the
 * document and taken away on close: the page behind does not scroll, and
 * printing the tab prints the view alone. The host's own rules are in its
 * shadow root (reader.content/seal.ts), where the page cannot outrank them.
 */
const PAGE_CSS = `
html, body { overflow: hidden !important; }
@media print {
  body { display: none !important; }
  html { overflow: visible !important; }
}`;

/** Adds the page-level rules to `doc`; returns how to take them away. */
export function holdPageSheet(doc: Document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}

/** Makes an element inert and gives back its own inert state later. */
export function holdInert(el: HTMLElement): () => void {
  const before = el.inert;
  el.inert = true;
  return () => {
    el.inert = before;
  };
}

/**
 * Until the page is inert, nothing in it keeps or takes the focus, as
 * inertness would see to: its focused field lets go at once, and a field a
 * page script focuses lets go as it gets it (focusin, heard first while
 * capturing on the document). Returns how to stop (once or more).
 */
export function holdFocusOff(doc: Document, host: HTMLElement): () => void {
  const letGo = () => {
    const active = doc.activeElement;
    if (active instanceof HTMLElement && active !== host && active !== doc.body) active.blur();
  };
  letGo();
  doc.addEventListener('focusin', letGo, true);
  return () => doc.removeEventListener('focusin', letGo, true);
}
