/**
 * The bench's yardstick: the barest reader worth the name, injected into a
 * tab exactly as Qari's reader is (scripting.executeScript of a file, then a
 * call into the isolated world). Readability on a copy of the page, DOMPurify
 * over its HTML, the result set into a closed shadow root with one
 * stylesheet. Built by scripts/bench/browser.ts into a copy of the test
 * build; never shipped.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';

const CSS = `:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: block; overflow: auto; background: #fdfbf7; color: #222; }
article { max-inline-size: 40em; margin-inline: auto; padding: 2em; font: 20px/1.8 serif; direction: rtl; }
img { max-inline-size: 100%; height: auto; }`;

let host: HTMLElement | null = null;

function toggle(): boolean {
  if (host) {
    host.remove();
    host = null;
    return false;
  }
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  const html = DOMPurify.sanitize(parsed?.content ?? '');
  host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  const article = document.createElement('article');
  article.innerHTML = html;
  shadow.append(article);
  document.documentElement.append(host);
  // Painted: as Qari's view marks it (a task queued from the frame's animation callback).
  requestAnimationFrame(() => setTimeout(() => performance.mark('qari:bare-painted'), 0));
  return true;
}

(globalThis as Record<string, unknown>).qariBare ??= { toggle };
