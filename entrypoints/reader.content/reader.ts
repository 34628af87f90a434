import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../utils/extract/extract';
import { loadPrefs, loadSiteDirections, watchPrefs, watchSiteDirections } from '../../utils/browser/prefs';
import type { Prefs, SiteDirections } from '../../utils/prefs/schema';
import type { ReaderEndpoint, ReaderHandlers, ViewState } from '../../utils/contract';
import { mark } from './marks';
import { mountOverlay, type Overlay } from './overlay';

export interface Reader extends ReaderEndpoint {
  /** Binds clean-up to a newer injection's context (the old one is about to be invalidated). */
  adopt(ctx: ContentScriptContext): void;
}

/** The reader's endpoint in a tab: extraction for the popup, the full-page view for the shortcut. */
export function createReader(ctx: ContentScriptContext): Reader {
  let overlay: Overlay | null = null;
  // Preferences (and the directions set for sites) are read as the reader
  // is injected and kept current, so the full-page view paints with them at once.
  let prefs: Prefs | null = null;
  let sites: SiteDirections = {};
  let unwatch = () => {};
  const prefsReady = Promise.all([loadPrefs(), loadSiteDirections()]).then(([loaded, set]) => {
    prefs = loaded;
    sites = set;
    mark('prefs');
    const unwatchPrefs = watchPrefs(loaded, (next) => (prefs = next));
    const unwatchSites = watchSiteDirections((next) => (sites = next));
    unwatch = () => (unwatchPrefs(), unwatchSites());
  });
  const state = (): ViewState => ({ open: overlay !== null });
  const close = () => {
    overlay?.unmount();
    overlay = null;
  };
  const open = async () => {
    await prefsReady;
    mark('open');
    overlay ??= mountOverlay(
      () => extractArticle(document, { url: location.href, onStage: import.meta.env.QARI_E2E ? mark : undefined }),
      { prefs: prefs!, sites },
      () => close(),
    );
  };
  const dispose = () => {
    close();
    unwatch();
  };
  let unbind = ctx.onInvalidated(dispose);

  const handlers: ReaderHandlers = {
    extract: () => extractArticle(document, { url: location.href }),
    open: async () => (await open(), state()),
    close: () => (close(), state()),
    toggle: async () => (overlay ? close() : await open(), state()),
    print: async () => {
      await open();
      // Once the view has painted, so the printout has it.
      requestAnimationFrame(() =>
        setTimeout(() => {
          // What the print test waits for; the test build only (the page reads its own timeline).
          if (import.meta.env.QARI_E2E) performance.mark('qari:print');
          window.print();
        }, 0),
      );
      return state();
    },
    state,
  };

  return {
    async handle(request) {
      mark(`handle-${request.type}`);
      const handler = handlers[request.type] as ((r: typeof request) => unknown) | undefined;
      if (!handler) throw new Error(`Unknown request: ${String(request.type)}`);
      return (await handler(request)) as never;
    },
    adopt(next) {
      unbind();
      unbind = next.onInvalidated(dispose);
    },
  };
}
