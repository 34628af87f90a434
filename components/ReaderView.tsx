import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article, NoArticleReason } from '../utils/article';
import { keyOf, t, uiLanguage } from '../utils/i18n';
import { FONT_SIZE, type Prefs } from '../utils/prefs-schema';
import type { Restriction } from '../utils/restricted';
import { formatDate, numberLocale } from '../utils/format';
import { citation, quoteElement, quoteOfSelection, type SpeakerGroup } from '../utils/quote-view';
import { ArticleBody } from './ArticleBody';
import { QuotePanel } from './QuotePanel';
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
  const [groups, setGroups] = useState<SpeakerGroup[]>([]);
  const [quotesOnly, setQuotesOnly] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const uiLang = uiLanguage();
  const article = state.kind === 'article' ? state.article : null;
  const quotes = groups.flatMap((g) => g.quotes).sort((a, b) => a.id - b.id);

  /** Scrolls to quotation `id` and puts the focus on it (J, K, the quotes panel). */
  const goToQuote = (id: number) => {
    const mark = rootRef.current && quoteElement(rootRef.current, id);
    if (!mark) return;
    if (quotesOnly && !mark.closest('[data-has-quote]')) setQuotesOnly(false);
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  };
  /** The quotation after (or before) the one that has the focus, or the first/last. */
  const stepQuote = (delta: 1 | -1) => {
    if (!quotes.length || !rootRef.current) return;
    const active = (rootRef.current.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
    const current = active?.dataset?.qariQuote !== undefined ? Number(active.dataset.qariQuote) : delta > 0 ? -1 : quotes.length;
    const next = Math.min(quotes.length - 1, Math.max(0, current + delta));
    goToQuote(quotes[next].id);
  };
  const citationOf = (id: number) => {
    const quote = quotes.find((q) => q.id === id);
    return quote && article ? citation(quote, article, formatDate(article.publishedTime, article.lang || uiLang, prefs.numerals), t('unknownSpeaker')) : '';
  };
  const pendingCopy = useRef('');
  const copyQuote = async (id: number) => {
    const text = citationOf(id);
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Some pages deny the async clipboard to content scripts: the copy event path still works.
      pendingCopy.current = text;
      rootRef.current?.ownerDocument.execCommand('copy');
    }
  };
  // Copying a selection inside one quotation gives its citation.
  const onCopy = (e: ClipboardEvent) => {
    const root = rootRef.current?.getRootNode() as (Document & { getSelection(): Selection | null }) | undefined;
    const quote = quoteOfSelection(root?.getSelection?.() ?? document.getSelection(), quotes);
    const text = pendingCopy.current || (quote ? citationOf(quote.id) : '');
    pendingCopy.current = '';
    if (!text || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };
  const onQuotes = useCallback((found: SpeakerGroup[]) => setGroups(found), []);

  // Reader keys work wherever focus is in the view's document. Over a page,
  // they are taken first (capture) so the site's own shortcuts stay quiet.
  const keys = useRef<(e: KeyboardEvent) => void>(() => {});
  keys.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e)) return;
    if (e.key === '+' || e.key === '=') {
      onPrefChange('fontSize', Math.min(FONT_SIZE.max, prefs.fontSize + 1));
    } else if (e.key === '-' || e.key === '_') {
      onPrefChange('fontSize', Math.max(FONT_SIZE.min, prefs.fontSize - 1));
    } else if ((e.key === 'q' || e.key === 'Q') && article) {
      onPrefChange('quotes', !prefs.quotes);
    } else if ((e.key === 'j' || e.key === 'J') && prefs.quotes && quotes.length) {
      stepQuote(1);
    } else if ((e.key === 'k' || e.key === 'K') && prefs.quotes && quotes.length) {
      stepQuote(-1);
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
  const copies = useRef<(e: ClipboardEvent) => void>(() => {});
  copies.current = onCopy;
  useEffect(() => {
    const win = rootRef.current?.ownerDocument.defaultView;
    if (!win) return;
    const onKey = (e: KeyboardEvent) => keys.current(e);
    const onCopyEvent = (e: ClipboardEvent) => copies.current(e);
    win.addEventListener('keydown', onKey, true);
    win.addEventListener('copy', onCopyEvent, true);
    return () => {
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('copy', onCopyEvent, true);
    };
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
        {article && (
          <button
            type="button"
            class="qari-button"
            aria-pressed={prefs.quotes}
            title={t('quotesModeHint')}
            onClick={() => onPrefChange('quotes', !prefs.quotes)}
            data-qari="quotes-toggle"
          >
            {t('quotesMode')}
          </button>
        )}
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
        {article && prefs.quotes && (
          <QuotePanel
            groups={groups}
            dir={article.dir}
            lang={article.lang}
            quotesOnly={quotesOnly}
            onQuotesOnly={setQuotesOnly}
            onPick={goToQuote}
            onCopy={(id) => void copyQuote(id)}
            format={(n) => new Intl.NumberFormat(numberLocale(uiLang, prefs.numerals)).format(n)}
          />
        )}
        <Content state={state} prefs={prefs} uiLang={uiLang} onQuotes={onQuotes} quotesOnly={quotesOnly} />
      </main>
    </ReaderSurface>
  );
}

interface ContentProps {
  state: ReaderState;
  prefs: Prefs;
  uiLang: string;
  onQuotes: (groups: SpeakerGroup[]) => void;
  quotesOnly: boolean;
}

function Content({ state, prefs, uiLang, onQuotes, quotesOnly }: ContentProps) {
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
          <ArticleBody article={state.article} prefs={prefs} onQuotes={onQuotes} quotesOnly={quotesOnly} />
        </article>
      );
  }
}
