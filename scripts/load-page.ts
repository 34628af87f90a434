import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page as a jsdom document at `url`: no scripts run, no resources
 * load, nothing is fetched. The page's own console noise is dropped.
 *
 * Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares:
 * saved and test pages are usually re-encoded on the way (Readability's
 * `qq` fixture says gb2312 and is stored as UTF-8), and pages without a
 * charset would otherwise fall to windows-1252. Other bytes are left to
 * jsdom's sniffing, as a browser would.
 */
export function loadPage(file: string, url = 'http://localhost/page.html'): JSDOM {
  const bytes = readFileSync(file);
  let html: string | Buffer = bytes;
  try {
    html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: let jsdom read the declared or sniffed encoding
  }
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}
