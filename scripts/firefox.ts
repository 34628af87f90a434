import puppeteer, { type Browser } from 'puppeteer-core';
import { BROWSERS } from './need-browser';

/** Debian's Firefox ESR (`QARI_FIREFOX` overrides); nothing downloads a browser here. */
export const FIREFOX = BROWSERS.firefox.path;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's gecko id, as `installExtension` returns it. */
  extensionId: string;
  /**
   * Every line Firefox has written to stdout and stderr so far. With
   * `devtools.console.stdout.content` that includes each console message and
   * uncaught error of every page, of the extension's background page and of
   * its content scripts ("console.error: …", "JavaScript error: URL, line N: …").
   */
  output: string[];
}

/**
 * Firefox, headless, driven by puppeteer-core over WebDriver BiDi, with the
 * unpacked extension at `extensionDir` installed as a temporary add-on in a
 * fresh profile (puppeteer makes one and removes it on close).
 */
export async function launchFirefoxWithExtension(extensionDir: string, { headless = true } = {}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    // Explicit and generous: a busy 2-core machine starts Firefox in 3-10 s.
    timeout: 90_000,
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      // WebDriver BiDi reports no console message or error of the
      // extension's own pages or its background page; Firefox prints them
      // on stdout with this.
      'devtools.console.stdout.content': true,
    },
  });
  const output: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines);
    });
  }
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, output };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
