/** Decodes character references a page shows as text (see text/entities.ts), in the body's text and its images' alt text. */
import { decodeShownEntities, showsEntities } from '../../text/entities';
import { byTags } from '../../dom/walk';

/** Decodes, in place, the references shown as text under `root`; true when there were any. */
export function decodeShownText(root: Element): boolean {
  let found = false;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes('&') && showsEntities(node.data)) {
      node.data = decodeShownEntities(node.data);
      found = true;
    }
  }
  for (const img of byTags(root, 'IMG')) {
    const alt = img.getAttribute('alt');
    if (alt && alt.includes('&') && showsEntities(alt)) img.setAttribute('alt', decodeShownEntities(alt));
  }
  return found;
}
