/** Direction of a piece of text, as the HTML `dir` attribute spells it. */
export type TextDirection = 'rtl' | 'ltr';

/**
 * What the extraction core hands to every surface: plain, serialisable data
 * (it crosses `scripting.executeScript` and `runtime` messages).
 */
export interface Article {
  /** Headline with the site name prefix or suffix trimmed. */
  title: string;
  /** Author line as the page gives it; '' when there is none. */
  byline: string;
  siteName: string;
  /** News agency credited by a source line ("المصدر: وكالة ..."); '' when none. */
  source: string;
  /** ISO 8601 when the page states a publication time; '' otherwise. */
  publishedTime: string;
  excerpt: string;
  /** BCP 47 tag of the article ('' when neither the page nor the script tells). */
  lang: string;
  dir: TextDirection;
  /** The address of the document that was read, never what the page claims. */
  url: string;
  /** Sanitised HTML of the article body: a block or inline element whose letters are mostly of the other direction carries its own `dir` (dom/bidi.ts). */
  content: string;
  /** Plain text of `content`, one line a block. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** What clean-up took out of the body, in order: each rule's id and the start of the text (why a line went). */
  removed: Array<{ rule: string; text: string }>;
  /**
   * The selector of each edit block, by the number its `data-qari-block`
   * attribute in `content` carries (utils/sites/edit-blocks.ts): what a
   * removal in edit mode remembers for the site.
   */
  blocks?: string[];
  /** Ids of the user's site rules that changed this article (`ruleId`): the view says it was fixed for this site. */
  siteRules?: string[];
}

/** Why a page has no article to show. */
export type NoArticleReason =
  /** Readability found nothing that reads like an article. */
  | 'no-article'
  /** Something was found but after clean-up too little text remains. */
  | 'too-short'
  /** Not an HTML document (an image, a PDF, a feed). */
  | 'not-html'
  /** A frameset: the page is made of other pages. */
  | 'frameset';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: NoArticleReason };
