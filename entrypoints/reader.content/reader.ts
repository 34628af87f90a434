import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../utils/extract/extract';
import { forgetSanitized, keepSanitized } from '../../utils/extract/kept-body';
import { loadPrefs, loadSiteDirections, watchPrefs, watchSiteDirections } from '../../utils/browser/prefs';
import type { Prefs, SiteDirections } from '../../utils/prefs/schema';
import { addSiteRules, deleteSiteRules, siteRulesFor } from '../../utils/browser/site-rules';
import type { ReaderEndpoint, ReaderHandlers, ViewState } from '../../utils/contract';
import { mark } from './marks';
import type { SiteFixes } from '../../hooks/useEditMode';
import type { SiteRule } from '../../utils/sites/rules';
import { mountOverlay, type Overlay } from './overlay';
import { pickRule } from './pick-rule';
import { startPicker } from './picker';
import { shadowMode } from './seal';

export interface Reader extends ReaderEndpoint {
  /** Binds clean-up to a newer injection's context (the old one is about to be invalidated). */
  adopt(ctx: ContentScriptContext): void;
}

/** The reader's endpoint in a tab: extraction for the popup, the full-page view for the shortcut, the picker. */
export function createReader(ctx: ContentScriptContext): Reader {
  let overlay: Overlay | null = null;
  let stopPicker: (() => void) | null = null;
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
  // The site's rules, read afresh before each reading (another view may have changed them).
  let rules: SiteRule[] = [];
  let firstRules: Promise<void> | null = null;
  const loadRules = async () => {
    // Any reading of the rules since is newer than the one made on injection.
    firstRules = null;
    rules = await siteRulesFor(location.href).catch(() => []);
  };
  // Injected to read the page, the reader asks for the site's rules at once,
  // beside the preferences: the first reading, a moment later, takes them
  // (one round trip to storage off its path); later ones read them again.
  firstRules = loadRules();
  const rulesForReading = () => {
    const pending = firstRules;
    firstRules = null;
    return pending ?? loadRules();
  };
  const read = () => extractArticle(document, { url: location.href, siteRules: rules });
  const state = (): ViewState => ({ open: overlay !== null });
  const close = () => {
    overlay?.unmount();
    overlay = null;
    forgetSanitized();
  };
  const fixes: SiteFixes = {
    async remove(rule) {
      await addSiteRules([rule]);
      await loadRules();
      overlay?.refresh();
    },
    async undo(ids) {
      await deleteSiteRules(ids);
      await loadRules();
      overlay?.refresh();
    },
    pick: () => pick(true),
  };
  const open = async () => {
    await prefsReady;
    mark('open');
    // Reading the site's rules is part of what the bench times.
    await rulesForReading();
    // The test build marks each stage for the bench's breakdown.
    // The view shows the body sanitised here as it is (kept-body.ts), not parsed and sanitised again.
    const readMarked = () => {
      const url = location.href;
      return extractArticle(document, { url, siteRules: rules, onStage: import.meta.env.QARI_E2E ? mark : undefined, onBody: (body, content) => keepSanitized(body, content, url) });
    };
    overlay ??= mountOverlay(readMarked, { prefs: prefs!, sites }, () => close(), fixes);
  };
  const pick = (fromView: boolean) => {
    close();
    stopPicker?.();
    stopPicker = startPicker(
      {
        async choose(el) {
          await loadRules();
          const rule = pickRule(el, rules);
          if (!rule) return false;
          await addSiteRules([rule]);
          stopPicker = null;
          await open();
          return true;
        },
        cancel() {
          stopPicker = null;
          if (fromView) void open();
        },
      },
      // Closed as the view's is (open only where the browser tests' locators read it).
      shadowMode(),
    );
  };
  const dispose = () => {
    close();
    stopPicker?.();
    unwatch();
  };
  let unbind = ctx.onInvalidated(dispose);

  const handlers: ReaderHandlers = {
    extract: async () => (await rulesForReading(), read()),
    open: async () => (await open(), state()),
    close: () => (close(), state()),
    toggle: async () => (overlay ? close() : await open(), state()),
    print: async () => {
      await open();
      // The printout is the view alone (the page's print rules), whatever the view's first frame has done yet.
      overlay?.holdPage();
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
    pick: () => (pick(false), state()),
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
