import { afterAll, beforeAll, expect, test } from 'vitest';
import { startQari, until, type Qari } from './qari';

/*
 * The error watch every Firefox test ends with reads Firefox's console
 * output (WebDriver BiDi reports nothing of the extension's own pages or of
 * its background page). It would be blind if errors of those places never
 * reached it: this checks that they do, one from each.
 */

declare const browser: {
  runtime: { getBackgroundPage(): Promise<typeof globalThis> };
  scripting: { executeScript(i: { target: { tabId: number }; func: () => void }): Promise<unknown> };
};

let qari: Qari;
beforeAll(async () => {
  qari = await startQari();
});
afterAll(() => qari?.close());

test('errors of the background page, of an extension page and of a script injected into a tab reach the error watch (control)', async () => {
  const mark = qari.mark();
  const page = await qari.open('/not-articles/search.html');
  const tabId = await qari.tabIdOf(page);
  await qari.ext(async (id) => {
    const background = await browser.runtime.getBackgroundPage();
    background.console.error('qari-control background console');
    background.setTimeout(() => {
      throw new Error('qari-control background uncaught');
    });
    console.error('qari-control page console');
    setTimeout(() => void Promise.reject(new Error('qari-control page rejection')));
    await browser.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        console.error('qari-control tab console');
        setTimeout(() => {
          throw new Error('qari-control tab uncaught');
        });
      },
    });
  }, tabId);
  // Uncaught errors are printed when their timer has run: wait for the last
  // ones, for as long as a busy machine takes (until's limit), not a count of tries.
  const printed = async () => (await qari.errorsSince(mark)).join('\n');
  const seen = await until(async () => {
    const errors = await printed();
    return errors.includes('qari-control tab uncaught') && errors.includes('qari-control page rejection') ? errors : undefined;
  }, 'the control errors to be printed').catch(printed);
  for (const what of ['background console', 'background uncaught', 'page console', 'page rejection', 'tab console', 'tab uncaught']) {
    expect(seen, `the watch missed "${what}"`).toContain(`qari-control ${what}`);
  }
});

test('a page\'s own uncaught error is not counted as Qari\'s', async () => {
  const mark = qari.mark();
  const page = await qari.open('/not-articles/search.html');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('qari-control the page itself');
    });
  });
  // Printed, once its timer has run; not counted.
  const printed = await until(async () => {
    const lines = await qari.printedSince(mark);
    return lines.some((line) => line.includes('qari-control the page itself')) ? lines : undefined;
  }, "the page's own error to be printed").catch(() => qari.printedSince(mark));
  expect(printed.join('\n')).toContain('qari-control the page itself');
  expect(await qari.errorsSince(mark)).toEqual([]);
});
