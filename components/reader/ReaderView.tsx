import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useClipboard } from '../../hooks/useClipboard';
import { useContents } from '../../hooks/useContents';
import { useHighlights } from '../../hooks/useHighlights';
import { useEditMode, type SiteFixes } from '../../hooks/useEditMode';
import { useQuotes } from '../../hooks/useQuotes';
import { useReaderKeys } from '../../hooks/useReaderKeys';
import { useReadingPosition } from '../../hooks/useReadingPosition';
import { useSaveArticle } from '../../hooks/useSaveArticle';
import { useSpeech } from '../../hooks/useSpeech';
import { useUiStrings } from '../../hooks/useUiStrings';
import { FONT_SIZE, type Prefs, type SiteDirections } from '../../utils/prefs/schema';
import { flipSite, shownDirection, siteOf } from '../../utils/prefs/sites';
import { scriptOf } from '../../utils/prefs/typography';
import type { HighlightStore, LibraryLink } from '../../utils/contract';
import { COLORS } from '../../utils/highlights/highlight';
import type { Speech } from '../../utils/speech/local-speech';
import { formatNumber } from '../../utils/text/format';
import { EditBar, SiteFixNotice } from '../edit/EditBar';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { HighlightsPanel } from '../highlights/HighlightsPanel';
import { SaveStatus } from '../library/SaveStatus';
import { NarratorBar } from '../narrator/NarratorBar';
import { QuotePanel } from '../quotes/QuotePanel';
import type { SetPref } from '../settings/PrefControls';
import { SettingsPanel } from '../settings/SettingsPanel';
import type { FontData } from '../share/share-actions';
import { SharePanel } from '../share/SharePanel';
import { Contents } from './Contents';
import { ReaderContent, type ReaderState } from './ReaderContent';
import { ReaderSurface } from './ReaderSurface';
import { ReaderToolbar, type Panel } from './ReaderToolbar';

export type { ReaderState } from './ReaderContent';

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
  closeLabel?: string;
  onOpenOptions?: () => void;
  onOpenLibrary?: () => void;
  /** Prints the article (the full-page view prints itself; the popup asks the tab). */
  onPrint?: () => void;
  /** A bundled font file as base64, for the saved HTML file. */
  fontData?: FontData;
  /** Speech synthesis for reading aloud (the browser's, local voices only, unless a test gives one). */
  speech?: Speech;
  /** The direction set for each site by the flip control, and where a flip goes: no flip control without them. */
  siteDirections?: SiteDirections | null;
  onSiteDirections?: (sites: SiteDirections) => void;
  /** The user's fixes for the site: edit mode and the picker (none: no edit mode). */
  siteFixes?: SiteFixes;
  /** The library: saving the article and resuming it (none: neither). */
  library?: LibraryLink;
  /** Where the article's highlights and notes are kept (none: no highlights). */
  highlightStore?: HighlightStore;
  /** Page only: reader keys pressed before this view was here (the first screen's), done in order once it is. */
  earlyKeys?: readonly string[];
}

/**
 * The reader: toolbar, panels, and the article or a notice. Props in,
 * callbacks out; it never touches storage or tabs itself. The UI follows the
 * UI language's direction; the article follows its own, or the one set for
 * its site with the flip control (D): then the whole article, every block,
 * is laid out that way.
 */
export function ReaderView(props: ReaderViewProps) {
  const { mode, prefs, onPrefChange, siteDirections, onSiteDirections } = props;
  const found = props.state.kind === 'article' ? props.state.article : null;
  const dir = found ? shownDirection(siteDirections ?? {}, found.url, found.dir) : null;
  // Flipped, the article's base direction changes and every block that had
  // none of its own follows; those that had one were of that direction already.
  const state = found && dir && dir !== found.dir ? { kind: 'article' as const, article: { ...found, dir } } : props.state;
  const flip = found && onSiteDirections && siteOf(found.url) ? () => onSiteDirections(flipSite(siteDirections ?? {}, found.url, found.dir)) : null;
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
  const edit = useEditMode(rootRef, article, props.siteFixes, t, `qari-${mode}-edit-hint`);
  const editing = edit.editing && article !== null;
  // The article as read from the page is what is saved, not the one laid out the other way by a flip.
  const saving = useSaveArticle(rootRef, found, props.library, prefs.keepImages);
  useReadingPosition(rootRef, found, props.library, saving.saved, saving.status);
  const hl = useHighlights(rootRef, article, props.highlightStore, t, !editing);
  const contents = useContents();
  const onRendered = useCallback((el: HTMLElement) => (hl.onRendered(el), contents.onRendered(el)), [hl.onRendered, contents.onRendered]);
  const format = (n: number) => formatNumber(n, uiLang, prefs.numerals);

  const copy = async (text: string) => {
    await clipboard.copy(text);
    setStatus(t('copied'));
  };
  const canStep = prefs.quotes && quotes.quotes.length > 0;
  useReaderKeys(rootRef, {
    actions: {
      larger: () => onPrefChange('fontSize', Math.min(FONT_SIZE.max, prefs.fontSize + 1)),
      smaller: () => onPrefChange('fontSize', Math.max(FONT_SIZE.min, prefs.fontSize - 1)),
      'toggle-quotes': article ? () => onPrefChange('quotes', !prefs.quotes) : null,
      listen: article ? () => (listening ? narratorToggle.current() : setListening('autoplay')) : null,
      'next-quote': canStep ? () => quotes.step(1) : null,
      'previous-quote': canStep ? () => quotes.step(-1) : null,
      'flip-direction': flip,
      save: saving.canSave ? () => void saving.save() : null,
      edit: article && props.siteFixes ? edit.toggle : null,
      'remove-block': editing ? edit.removeFocused : null,
      'undo-removal': editing && edit.canUndo ? edit.undo : null,
      'next-block': editing ? () => edit.step(1) : null,
      'previous-block': editing ? () => edit.step(-1) : null,
      highlight: hl.pending && !editing ? () => hl.create(COLORS[0].id, true) : null,
      // Esc closes a highlight's editor first, then leaves edit mode, then closes the view.
      close: hl.editing ? hl.closeEditor : editing ? edit.leave : (props.onClose ?? null),
    },
    trapFocus: mode === 'page',
    trustedOnly: mode === 'page',
    replay: props.earlyKeys,
    // Copying a selection inside one quotation gives its citation; a pending
    // copy (the async clipboard refused) gives its text.
    copyText: () => clipboard.takePending() || quotes.citationOfSelection(),
  });
  // Over a page, the view takes the focus at once (Esc and the reader keys
  // work without a click) and hands it back when it closes (overlay.tsx).
  useEffect(() => {
    if (mode === 'page') rootRef.current?.querySelector<HTMLElement>('[data-qari="scroll"]')?.focus({ preventScroll: true });
  }, [mode]);

  // Landmarks: in the popup the controls are its banner and the article its
  // main content, so nothing lies outside a landmark. Over a page the view is
  // a modal dialog, named, holding both: landmarks of its own there would
  // double the page's (two mains, two banners).
  const Controls = mode === 'page' ? 'div' : 'header';
  const Content = mode === 'page' ? 'div' : 'main';
  return (
    <ReaderSurface mode={mode} prefs={prefs} surfaceRef={rootRef} label={mode === 'page' ? t('appName') : undefined} script={scriptOf(article?.lang)}>
      <Controls class="qari-controls">
        <ReaderToolbar
          hasArticle={article !== null}
          panel={panel}
          onPanel={(which) => setPanel(panel === which ? null : which)}
          quotes={prefs.quotes}
          onQuotes={() => onPrefChange('quotes', !prefs.quotes)}
          listening={!!listening}
          onListen={() => setListening(listening ? false : 'open')}
          flipped={!!found && dir !== found.dir}
          onFlip={flip ?? undefined}
          editing={props.siteFixes ? editing : undefined}
          onEdit={edit.toggle}
          saved={saving.canSave ? saving.saved : undefined}
          onSave={() => void saving.save()}
          highlights={!!props.highlightStore}
          onOpenFullPage={props.onOpenFullPage}
          onClose={props.onClose}
          closeLabel={props.closeLabel}
        />
        <SaveStatus state={saving.state} onForce={() => void saving.save(true)} onDismiss={saving.dismiss} />
        {editing && <EditBar edit={edit} onPick={props.siteFixes?.pick} />}
        <p class="qari-visually-hidden" role="status" aria-live="polite" data-qari="edit-status">
          {edit.status}
        </p>
        {panel === 'settings' && <SettingsPanel prefs={prefs} onChange={onPrefChange} idPrefix={`qari-${mode}`} script={scriptOf(article?.lang)} onReset={props.onReset} onOpenOptions={props.onOpenOptions} onOpenLibrary={props.onOpenLibrary} />}
        {panel === 'share' && article && (
          <SharePanel
            article={article}
            prefs={prefs}
            view={() => rootRef.current}
            copy={copy}
            fontData={props.fontData}
            onPrint={props.onPrint}
            status={status}
            onStatus={setStatus}
            highlights={hl.highlights}
          />
        )}
        {panel === 'highlights' && article && (
          <HighlightsPanel highlights={hl.highlights} placed={hl.placed} dir={article.dir} lang={article.lang} onGo={(id) => hl.goTo(id)} onDelete={hl.remove} format={format} error={hl.error} />
        )}
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
      </Controls>
      <Content class="qari-scroll" tabIndex={-1} data-qari="scroll">
        {article && prefs.quotes && (
          <QuotePanel
            groups={quotes.groups}
            dir={article.dir}
            lang={article.lang}
            quotesOnly={quotes.quotesOnly}
            onQuotesOnly={quotes.setQuotesOnly}
            onPick={quotes.goTo}
            onCopy={(id) => void copy(quotes.citationOf(id))}
            format={format}
          />
        )}
        {article && contents.entries.length > 0 && <Contents entries={contents.entries} current={contents.current} onGo={contents.goTo} dir={article.dir} lang={article.lang} />}
        {article?.siteRules?.length && !editing && props.siteFixes ? <SiteFixNotice onUndo={edit.undoSite} /> : null}
        <ReaderContent state={state} prefs={prefs} uiLang={uiLang} onQuotes={quotes.onQuotes} quotesOnly={quotes.quotesOnly} onRendered={onRendered} />
        {article && props.highlightStore && !editing && <HighlightLayer hl={hl} />}
      </Content>
    </ReaderSurface>
  );
}
