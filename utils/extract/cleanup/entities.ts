/** Decodes character references a page shows as text (see text/entities.ts), in the body's text and its images' alt text. */
import { decodeShownEntities, showsEntities } from '../../text/entities';
import { elementsByTags } from '../../dom/walk';

/** Decodes, in place, the references shown as text under `root`; true when there were any. */
export function decodeShownText(root: Element): boolean {
  let found = false;
  // No '&' in the whole text (one read, no walk), none in any of its text nodes.
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const anyAmpersand = (root.textContent ?? '').includes('&');
  for (let node = anyAmpersand ? (walker.nextNode() as Text | null) : null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes('&') && showsEntities(node.data)) {
      node.data = decodeShownEntities(node.data);
      found = true;
    }
  }
  for (const img of elementsByTags(root, 'IMG')) {
    const alt = img.getAttribute('alt');
    if (alt && alt.includes('&') && showsEntities(alt)) img.setAttribute('alt', decodeShownEntities(alt));
  }
  return found;
}
