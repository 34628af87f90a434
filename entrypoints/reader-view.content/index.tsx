import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageReader } from '../reader.content/PageReader';
import { provideViewCode } from '../reader.content/view-code';

/**
 * The rest of the full-page view's code (reader.content/view-code.ts): the
 * whole ReaderView. Injected by the background into a tab whose reader has
 * painted the view's first screen and asked for it; never on its own.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would post a window message naming the extension's id on every injection: any page could read it and know Qari.
  noScriptStartedPostMessage: true,
  main() {
    provideViewCode({ render: (container, props) => render(props && <PageReader {...props} />, container) });
  },
});
