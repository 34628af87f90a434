/**
 * The one message contract between Qari's parts, typed on both ends. Named by
 * direction: the popup and the background talk to the reader in a tab
 * (`ToReader`, answered by `ReaderHandlers`); the reader and the extension
 * pages talk to the background (`ToBackground`, answered by
 * `BackgroundHandlers`). The transport is utils/browser/messaging.ts.
 */
import type { Article, ExtractResult } from './article';
import type { Highlight } from './highlights/highlight';
import type { ReadingPosition, SavedQuote } from './library/record';
import type { Restriction } from './restricted';

/** Requests to the reader content script in a tab. */
export type ToReader =
  /** Extract the article and return it (the popup renders it). */
  | { type: 'extract' }
  /** Open the full-page view over the tab. */
  | { type: 'open' }
  | { type: 'close' }
  /** Open the full-page view if closed, close it if open (the keyboard shortcut). */
  | { type: 'toggle' }
  /** Is the full-page view open? */
  | { type: 'state' }
  /** Open the full-page view (if closed) and print it. */
  | { type: 'print' }
  /** Show the page to choose the article on it (the picker); the full-page view opens on the choice. */
  | { type: 'pick' };

/** What the full-page view reports after a request. */
export interface ViewState {
  open: boolean;
}

/** Each request's answer, by its `type`. */
export interface ReaderReplies {
  extract: ExtractResult;
  open: ViewState;
  close: ViewState;
  toggle: ViewState;
  state: ViewState;
  print: ViewState;
  pick: ViewState;
}

/** Requests from the reader to the background service worker. */
export type ToBackground =
  /** A bundled font file as base64: content scripts may not fetch extension files. */
  | { type: 'font'; file: string }
  | { type: 'open-options' }
  | { type: 'open-library' }
  /** Save the article into the library (saved again: updated in place); `force` grows it past its size limit. */
  | { type: 'library-save'; save: SaveRequest }
  /** Is the article at `url` in the library, and where did the reader stop in it? */
  | { type: 'library-status'; url: string }
  /** The reader is at `position` in the saved article at `url` (nothing when it is not saved). */
  | { type: 'library-position'; url: string; position: ReadingPosition }
  /**
   * The rest of the full-page view's code (everything but the first screen),
   * into the tab and frame that ask, once the view's first screen has painted.
   */
  | { type: 'view-code' }
  /** The highlights and notes kept for an article (its key: utils/highlights/url.ts). */
  | { type: 'highlights'; url: string }
  /** Adds or replaces one highlight. */
  | { type: 'highlight-put'; highlight: Highlight }
  | { type: 'highlight-delete'; id: string };

/** What a view sends to save its article: the article as shown, its quotations, what keeping its images did. */
export interface SaveRequest {
  article: Article;
  quotes: SavedQuote[];
  images: { kept: number; missed: number };
  force?: boolean;
}

/** What saving gave: saved (`updated` when it was saved before), or refused because the library would pass its limit. */
export type SaveReply = { ok: true; updated: boolean } | { ok: false; limit: { used: number; limit: number } } | { ok: false; error: string };

/** How a view reaches the library: the background's messages from a tab or the popup, the database itself on the library page. */
export interface LibraryLink {
  /** None where the article shown is the saved copy itself (the library page). */
  save?: (request: SaveRequest) => Promise<SaveReply>;
  status: (url: string) => Promise<LibraryStatus>;
  position: (url: string, position: ReadingPosition) => void;
}

/** A saved article's state for a view showing it. */
export interface LibraryStatus {
  saved: boolean;
  position: ReadingPosition | null;
}

export interface BackgroundReplies {
  font: { base64: string } | { error: string };
  'open-options': void;
  'open-library': void;
  'library-save': SaveReply;
  'library-status': LibraryStatus;
  'library-position': void;
  'view-code': { ok: true } | { error: string };
  highlights: Highlight[];
  'highlight-put': { ok: true } | { error: string };
  'highlight-delete': void;
}

/** Where a request to the background came from: a content script's tab and frame (none for extension pages). */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

/** What a view needs of the highlights' store (the background's, through the messages above; a test's, in unit tests). */
export interface HighlightStore {
  list(url: string): Promise<Highlight[]>;
  put(highlight: Highlight): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The background's side: one handler a request type, each answering with that request's reply. */
export type BackgroundHandlers = {
  [K in ToBackground['type']]: (request: Extract<ToBackground, { type: K }>, from: Sender) => Promise<BackgroundReplies[K]>;
};

/** The reader's side: one handler a request type, each answering with that request's reply. */
export type ReaderHandlers = {
  [K in ToReader['type']]: (request: Extract<ToReader, { type: K }>) => ReaderReplies[K] | Promise<ReaderReplies[K]>;
};

/** A failure to reach the reader in a tab, told apart for the user. */
export type ReachError = { restricted: Restriction } | { error: string };

/** What asking the reader in a tab gave: its reply, or why it could not be reached. */
export type Reached<T> = { ok: true; value: T } | { ok: false; error: ReachError };

/** The keyboard command that opens and closes the full-page reader. */
export const TOGGLE_COMMAND = 'toggle-reader';

/** Name of the global through which injected calls reach the reader (isolated world only). */
export const READER_GLOBAL = '__qariReader';

/**
 * Where the background leaves the request for a reader it is about to
 * inject (isolated world only): the reader answers it as it starts, and the
 * injection's own result carries the reply as `{ [READER_ANSWER]: reply }`
 * (one round trip to the tab fewer on a first use).
 */
export const READER_PENDING = '__qariPending';
export const READER_ANSWER = '__qariAnswer';

/**
 * Where the background leaves the UI strings, in the browser's language, for
 * a reader about to be injected (isolated world only; utils/browser/i18n.ts
 * reads them): in Chromium a content script's first `i18n.getMessage` is a
 * synchronous round trip to the browser for the whole bundle, 9 ms in a
 * trace of a first use, before the first screen.
 */
export const READER_STRINGS = '__qariStrings';

/** The reader's side of the contract, installed on `globalThis[READER_GLOBAL]`. */
export interface ReaderEndpoint {
  handle<R extends ToReader>(request: R): Promise<ReaderReplies[R['type']]>;
}
