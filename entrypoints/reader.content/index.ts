import { defineContentScript } from 'wxt/utils/define-content-script';
import { READER_GLOBAL } from '../../utils/contract';
import { mark } from './marks';
import { createReader, type Reader } from './reader';

/**
 * The reader, injected into a tab only when the user asks (toolbar button or
 * shortcut). It installs one endpoint on the isolated world's global; a second
 * injection finds it and hands it the new context instead of starting twice.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would post a window message naming the extension's id on every injection: any page could read it and know Qari.
  noScriptStartedPostMessage: true,
  main(ctx) {
    mark('script');
    const scope = globalThis as unknown as Record<string, Reader | undefined>;
    const existing = scope[READER_GLOBAL];
    if (existing) existing.adopt(ctx);
    else scope[READER_GLOBAL] = createReader(ctx);
  },
});
