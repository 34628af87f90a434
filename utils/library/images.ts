/**
 * Keeping an article's images in its saved copy ("keep images"). Qari has
 * no host permissions and makes no requests of its own, so it cannot fetch
 * an image again: it can only copy the pixels of an image the view has
 * already loaded, through a canvas, and the browser allows that only when
 * the image is of the same origin as the view or was served with CORS
 * (otherwise the canvas is tainted and refuses to be read). Every other
 * image stays a link, and is counted so the view can say how many.
 */

/** What keeping the images did. */
export interface KeptImages {
  html: string;
  kept: number;
  missed: number;
}

/**
 * `html` with each image whose address `read` can turn into a data URL
 * holding that data (its `srcset` dropped: the data is the one source),
 * and the count of images kept and of those left as links.
 */
export function embedImages(html: string, doc: Document, read: (src: string) => string | null): KeptImages {
  const template = doc.createElement('template');
  template.innerHTML = html;
  let kept = 0;
  let missed = 0;
  for (const img of template.content.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (src.startsWith('data:')) continue;
    const data = src ? read(src) : null;
    if (data) {
      img.setAttribute('src', data);
      img.removeAttribute('srcset');
      kept++;
    } else missed++;
  }
  return { html: template.innerHTML, kept, missed };
}

/** Larger images are scaled down to this width: a saved copy is for reading, not for print. */
const MAX_WIDTH = 1600;

/**
 * The pixels of a loaded image as a JPEG data URL (WebP where the browser
 * writes it), or null when the image is not loaded or the canvas is tainted
 * (a cross-origin image without CORS).
 */
export function imageDataUrl(img: HTMLImageElement): string | null {
  if (!img.complete || !img.naturalWidth) return null;
  const scale = Math.min(1, MAX_WIDTH / img.naturalWidth);
  const canvas = img.ownerDocument.createElement('canvas');
  canvas.width = Math.round(img.naturalWidth * scale);
  canvas.height = Math.round(img.naturalHeight * scale);
  try {
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const webp = canvas.toDataURL('image/webp', 0.85);
    return webp.startsWith('data:image/webp') ? webp : canvas.toDataURL('image/jpeg', 0.85);
  } catch {
    // SecurityError: the canvas is tainted.
    return null;
  }
}

/** A reader for `embedImages` over the images a view has rendered, found by their address. */
export function readerOf(images: Iterable<HTMLImageElement>): (src: string) => string | null {
  const bySrc = new Map<string, HTMLImageElement>();
  for (const img of images) {
    const src = img.getAttribute('src');
    if (src && !bySrc.has(src)) bySrc.set(src, img);
  }
  return (src) => {
    const img = bySrc.get(src);
    return img ? imageDataUrl(img) : null;
  };
}
