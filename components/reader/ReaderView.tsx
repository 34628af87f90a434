import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, NoArticleReason } from '../../utils/article';
import { useUiStrings } from '../../hooks/useUiStrings';
import { keyOf } from '../../utils/ui-strings';
import { formatNumber } from '../../utils/text/format';
import { FONT_SIZE, type Prefs } from '../../utils/prefs/schema';
import type { Restriction } from '../../utils/restricted';
import type { SpeakerGroup } from '../../utils/quotes/view';
import { ArticleBody } from '../article/ArticleBody';
import { ArticleHeader } from '../article/ArticleHeader';
import { Notice } from './Notice';
import { PrefControls, type SetPref } from '../settings/PrefControls';
import { QuotePanel } from '../quotes/QuotePanel';
import { ReaderSurface } from './ReaderSurface';
import { SharePanel } from '../share/SharePanel';
import { NarratorBar } from '../narrator/NarratorBar';
import { useSpeech } from '../../hooks/useSpeech';
import type { Speech } from '../../utils/speech/local-speech';
import type { FontData } from '../share/share-actions';
import { useClipboard } from '../../hooks/useClipboard';
import { useQuotes } from '../../hooks/useQuotes';

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
  /** Prints the article (the full-page view prints itself; the popup asks the tab). */
  onPrint?: () => void;
  /** A bundled font file as base64, for the saved HTML file. */
  fontData?: FontData;
  /** Speech synthesis for reading aloud (the browser's, local voices only, unless a test gives one). */
  speech?: Speech;
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

type Panel = 'settings' | 'share' | null;

/**
 * The reader: toolbar, settings, and the article or a message. Props in,
 * callbacks out; it never touches storage or tabs itself. The UI follows the
 * UI language's direction; the article follows its own.
 */
export function ReaderView(props: ReaderViewProps) {
  const { mode, state, prefs, onPrefChange } = props;
  const [panel, setPanel] = useState<Panel>(null);
  const [status, setStatus] = useState('');
  const [listening, setListening] = useState<false | 'open' | 'autoplay'>(false);
  const narratorToggle = useRef<() => void>(() => {});
  const speech = useSpeech(props.speech);
  const rootRef = useRef<HTMLDivElement>(null);
  const { t, lang: uiLang } = useUiStrings();
  const article = state.kind === 'article' ? state.article : null;
  const quotes = useQuotes(rootRef, article, prefs, uiLang);
  const clipboard = useClipboard(rootRef);
  const toggle = (which: Exclude<Panel, null>) => setPanel(panel === which ? null : which);

  const copy = async (text: string) => {
    await clipboard.copy(text);
    setStatus(t('copied'));
  };
  // Loaded when first used: Markdown conversion and the page stylesheet are
  // not needed to read, and the popup stays small.
  const takeAway = () => import('../share/share-actions');
  const share = article && {
    onCopyText: () => void takeAway().then((m) => copy(m.asText(article, prefs, uiLang, t))),
    onCopyMarkdown: () => void takeAway().then((m) => copy(m.asMarkdown(article, prefs, uiLang, t, rootRef.current!.ownerDocument))),
    onSaveHtml: () => {
      const fontData = props.fontData;
      const view = rootRef.current;
      if (!fontData || !view) return;
      void takeAway()
        .then((m) => m.saveHtml(article, prefs, view, fontData))
        .then(() => setStatus(t('saved')));
    },
    onPrint: props.onPrint,
  };

  // Copying a selection inside one quotation gives its citation; a pending
  // copy (the async clipboard refused) gives its text.
  const onCopy = (e: ClipboardEvent) => {
    const text = clipboard.takePending() || quotes.citationOfSelection();
    if (!text || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };

  // Reader keys work wherever focus is in the view's document. Over a page,
  // they are taken first (capture) so the site's own shortcuts stay quiet.
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e)) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === '+' || key === '=') onPrefChange('fontSize', Math.min(FONT_SIZE.max, prefs.fontSize + 1));
    else if (key === '-' || key === '_') onPrefChange('fontSize', Math.max(FONT_SIZE.min, prefs.fontSize - 1));
    else if (key === 'q' && article) onPrefChange('quotes', !prefs.quotes);
    else if (key === 'p' && article) listening ? narratorToggle.current() : setListening('autoplay');
    else if (key === 'j' && prefs.quotes && quotes.quotes.length) quotes.step(1);
    else if (key === 'k' && prefs.quotes && quotes.quotes.length) quotes.step(-1);
    else if (key === 'Escape' && props.onClose) props.onClose();
    else if (!(key === 'Tab' && mode === 'page' && rootRef.current && keepFocusInside(rootRef.current, e.shiftKey))) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const handlers = useRef({ onKey, onCopy });
  handlers.current = { onKey, onCopy };
  useEffect(() => {
    const win = rootRef.current?.ownerDocument.defaultView;
    if (!win) return;
    const key = (e: KeyboardEvent) => handlers.current.onKey(e);
    const copied = (e: ClipboardEvent) => handlers.current.onCopy(e);
    win.addEventListener('keydown', key, true);
    win.addEventListener('copy', copied, true);
    return () => {
      win.removeEventListener('keydown', key, true);
      win.removeEventListener('copy', copied, true);
    };
  }, []);
  // Over a page, the view takes the focus at once (Esc and the reader keys
  // work without a click) and hands it back when it closes (overlay.tsx).
  useEffect(() => {
    if (mode === 'page') rootRef.current?.querySelector<HTMLElement>('[data-qari="scroll"]')?.focus({ preventScroll: true });
  }, [mode]);

  return (
    <ReaderSurface mode={mode} prefs={prefs} surfaceRef={rootRef} label={mode === 'page' ? t('appName') : undefined}>
      <div class="qari-bar" role="toolbar" aria-label={t('appName')}>
        <span class="qari-brand">{t('appName')}</span>
        <button type="button" class="qari-button" aria-expanded={panel === 'settings'} aria-controls="qari-settings" onClick={() => toggle('settings')} data-qari="settings-toggle">
          {t('settings')}
        </button>
        {article && (
          <button type="button" class="qari-button" aria-pressed={prefs.quotes} title={t('quotesModeHint')} onClick={() => onPrefChange('quotes', !prefs.quotes)} data-qari="quotes-toggle">
            {t('quotesMode')}
          </button>
        )}
        {article && (
          <button
            type="button"
            class="qari-button"
            aria-expanded={!!listening}
            aria-controls="qari-narrator"
            title={t('listenHint')}
            onClick={() => setListening(listening ? false : 'open')}
            data-qari="listen-toggle"
          >
            {t('listen')}
          </button>
        )}
        {article && (
          <button type="button" class="qari-button" aria-expanded={panel === 'share'} aria-controls="qari-share" onClick={() => toggle('share')} data-qari="share-toggle">
            {t('share')}
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
      {panel === 'settings' && (
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
      {panel === 'share' && share && <SharePanel {...share} status={status} />}
      {article && listening && (
        <NarratorBar
          // A new rendering of the body (another text option) starts the reading over.
          key={`${prefs.diacritics}${prefs.numerals}${prefs.quotes}${prefs.loadImages}`}
          speech={speech}
          body={() => rootRef.current?.querySelector<HTMLElement>('[data-qari="article"]') ?? null}
          lang={article.lang}
          prefs={prefs}
          onPrefChange={onPrefChange}
          uiLang={uiLang}
          bindToggle={(toggle) => (narratorToggle.current = toggle)}
          autoplay={listening === 'autoplay'}
        />
      )}
      <main class="qari-scroll" tabIndex={-1} data-qari="scroll">
        {article && prefs.quotes && (
          <QuotePanel
            groups={quotes.groups}
            dir={article.dir}
            lang={article.lang}
            quotesOnly={quotes.quotesOnly}
            onQuotesOnly={quotes.setQuotesOnly}
            onPick={quotes.goTo}
            onCopy={(id) => void copy(quotes.citationOf(id))}
            format={(n) => formatNumber(n, uiLang, prefs.numerals)}
          />
        )}
        <Content state={state} prefs={prefs} uiLang={uiLang} onQuotes={quotes.onQuotes} quotesOnly={quotes.quotesOnly} />
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
  const { t } = useUiStrings();
  switch (state.kind) {
    case 'loading':
      return <Notice busy title={t('loading')} />;
    case 'no-article':
      return <Notice title={t('noArticleTitle')} detail={t(keyOf('reason', state.reason))} />;
    case 'restricted':
      return <Notice title={t('restrictedTitle')} detail={t(keyOf('restricted', state.restriction))} />;
    case 'error':
      return <Notice title={t('errorTitle')} detail={t('errorDetail', { message: state.message })} />;
    case 'article':
      return (
        <article class="qari-article" aria-label={state.article.title} dir={state.article.dir} lang={state.article.lang || undefined}>
          <ArticleHeader article={state.article} uiLang={uiLang} numerals={prefs.numerals} />
          <ArticleBody article={state.article} prefs={prefs} onQuotes={onQuotes} quotesOnly={quotesOnly} />
        </article>
      );
  }
}
