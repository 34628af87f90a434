import { defineContentScript } from 'wxt/utils/define-content-script';
import { READER_ANSWER, READER_GLOBAL, READER_PENDING, type ToReader } from '../../utils/contract';
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
    const scope = globalThis as unknown as Record<string, unknown>;
    let reader = scope[READER_GLOBAL] as Reader | undefined;
    if (reader) reader.adopt(ctx);
    else scope[READER_GLOBAL] = reader = createReader(ctx);
    // The request the background left for this injection (messaging.ts): answered
    // now, the reply as the injection's result, with no second call into the tab.
    const pending = scope[READER_PENDING] as ToReader | undefined;
    delete scope[READER_PENDING];
    return pending ? reader.handle(pending).then((reply) => ({ [READER_ANSWER]: reply })) : undefined;
  },
});
