import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../utils/extract';
import type { ReaderEndpoint, ReaderReplies, ToReader, ViewState } from '../../utils/messages';
import { mountOverlay, type Overlay } from './overlay';

export interface Reader extends ReaderEndpoint {
  /** Binds clean-up to a newer injection's context (the old one is about to be invalidated). */
  adopt(ctx: ContentScriptContext): void;
}

/** The reader's endpoint in a tab: extraction for the popup, the full-page view for the shortcut. */
export function createReader(ctx: ContentScriptContext): Reader {
  let overlay: Overlay | null = null;
  const state = (): ViewState => ({ open: overlay !== null });
  const close = () => {
    overlay?.unmount();
    overlay = null;
  };
  const open = () => {
    overlay ??= mountOverlay(() => extractArticle(document, { url: location.href }), () => close());
  };
  let unbind = ctx.onInvalidated(close);

  const replies: { [K in ToReader['type']]: () => ReaderReplies[K] } = {
    extract: () => extractArticle(document, { url: location.href }),
    open: () => (open(), state()),
    close: () => (close(), state()),
    toggle: () => (overlay ? close() : open(), state()),
    state,
  };

  return {
    async handle(request) {
      const reply = replies[request.type];
      if (!reply) throw new Error(`Unknown request: ${String(request.type)}`);
      return reply() as never;
    },
    adopt(next) {
      unbind();
      unbind = next.onInvalidated(close);
    },
  };
}
