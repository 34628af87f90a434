import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, NoArticleReason } from '../utils/article';
import { keyOf, t, uiLanguage } from '../utils/i18n';
import { FONT_SIZE, type Prefs } from '../utils/prefs-schema';
import type { Restriction } from '../utils/restricted';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Message } from './Message';
import { PrefControls, type SetPref } from './PrefControls';
import { ReaderSurface } from './ReaderSurface';

/** What the reader has to show. */
export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'no-article'; reason: NoArticleReason }
  | { kind: 'restricted'; restriction: Restriction }
  | { kind: 'error'; message: string };

export interface ReaderViewProps {
  /** `popup`: compact, inside the toolbar popup; `page`: over the whole tab. */
  mode: 'popup' | 'page';
  state: ReaderState;
  prefs: Prefs;
  onPrefChange: SetPref;
  onReset?: () => void;
  /** Popup only: open the full-page view in the tab. */
  onOpenFullPage?: () => void;
  /** Page only: close the view. */
  onClose?: () => void;
  onOpenOptions?: () => void;
}

/** Keys typed into form controls are never taken over by the reader. */
function typingIn(e: KeyboardEvent): boolean {
  const el = e.composedPath()[0] as HTMLElement | undefined;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable === true);
}

const FOCUSABLE = 'a[href], button:not([disabled]), select, input, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to
 * the last: a modal view keeps the focus inside. True when it moved it.
 */
function keepFocusInside(root: HTMLElement, backwards: boolean): boolean {
  const focusable = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (!focusable.length) return false;
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const outside = !active || !root.contains(active);
  if (backwards && (outside || active === first)) last.focus();
  else if (!backwards && (outside || active === last)) first.focus();
  else return false;
  return true;
}

/**
 * The reader: toolbar, settings, and the article or a message. Props in,
 * callbacks out; it never touches storage or tabs itself. The UI follows the
 * UI language's direction; the article follows its own.
 */
export function ReaderView(props: ReaderViewProps) {
  const { mode, state, prefs, onPrefChange } = props;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const uiLang = uiLanguage();

  // Reader keys work wherever focus is in the view's document. Over a page,
  // they are taken first (capture) so the site's own shortcuts stay quiet.
  const keys = useRef<(e: KeyboardEvent) => void>(() => {});
  keys.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e)) return;
    if (e.key === '+' || e.key === '=') {
      onPrefChange('fontSize', Math.min(FONT_SIZE.max, prefs.fontSize + 1));
    } else if (e.key === '-' || e.key === '_') {
      onPrefChange('fontSize', Math.max(FONT_SIZE.min, prefs.fontSize - 1));
    } else if (e.key === 'Escape' && props.onClose) {
      props.onClose();
    } else if (e.key === 'Tab' && mode === 'page' && rootRef.current) {
      if (!keepFocusInside(rootRef.current, e.shiftKey)) return;
    } else {
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  // Over a page, the view takes the focus at once (Esc and the reader keys
  // work without a click) and hands it back when it closes (overlay.tsx).
  useEffect(() => {
    if (mode === 'page') rootRef.current?.querySelector<HTMLElement>('[data-qari="scroll"]')?.focus({ preventScroll: true });
  }, [mode]);
  useEffect(() => {
    const win = rootRef.current?.ownerDocument.defaultView;
    if (!win) return;
    const listener = (e: KeyboardEvent) => keys.current(e);
    win.addEventListener('keydown', listener, true);
    return () => win.removeEventListener('keydown', listener, true);
  }, []);

  return (
    <ReaderSurface mode={mode} prefs={prefs} surfaceRef={rootRef} label={mode === 'page' ? t('appName') : undefined}>
      <div class="qari-bar" role="toolbar" aria-label={t('appName')}>
        <span class="qari-brand">{t('appName')}</span>
        <button
          type="button"
          class="qari-button"
          aria-expanded={settingsOpen}
          aria-controls="qari-settings"
          onClick={() => setSettingsOpen(!settingsOpen)}
          data-qari="settings-toggle"
        >
          {t('settings')}
        </button>
        {props.onOpenFullPage && (
          <button type="button" class="qari-button" title={t('openFullPageHint')} onClick={props.onOpenFullPage} data-qari="open-full-page">
            {t('openFullPage')}
          </button>
        )}
        {props.onClose && (
          <button type="button" class="qari-button" title={t('closeHint')} onClick={props.onClose} data-qari="close">
            {t('close')}
          </button>
        )}
      </div>
      {settingsOpen && (
        <div class="qari-settings" id="qari-settings" data-qari="settings">
          <PrefControls prefs={prefs} onChange={onPrefChange} idPrefix={`qari-${mode}`} />
          <div class="qari-settings-footer">
            {props.onReset && (
              <button type="button" class="qari-button" onClick={props.onReset}>
                {t('reset')}
              </button>
            )}
            {props.onOpenOptions && (
              <button type="button" class="qari-button" onClick={props.onOpenOptions}>
                {t('options')}
              </button>
            )}
          </div>
        </div>
      )}
      <main class="qari-scroll" tabIndex={-1} data-qari="scroll">
        <Content state={state} prefs={prefs} uiLang={uiLang} />
      </main>
    </ReaderSurface>
  );
}

function Content({ state, prefs, uiLang }: { state: ReaderState; prefs: Prefs; uiLang: string }) {
  switch (state.kind) {
    case 'loading':
      return <Message busy title={t('loading')} />;
    case 'no-article':
      return <Message title={t('noArticleTitle')} detail={t(keyOf('reason', state.reason))} />;
    case 'restricted':
      return <Message title={t('restrictedTitle')} detail={t(keyOf('restricted', state.restriction))} />;
    case 'error':
      return <Message title={t('errorTitle')} detail={t('errorDetail', { message: state.message })} />;
    case 'article':
      return (
        <article class="qari-article" aria-label={state.article.title} dir={state.article.dir} lang={state.article.lang || undefined}>
          <ArticleHeader article={state.article} uiLang={uiLang} numerals={prefs.numerals} />
          <ArticleBody article={state.article} prefs={prefs} />
        </article>
      );
  }
}
