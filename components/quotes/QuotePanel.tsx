import { useState } from 'preact/hooks';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { SpeakerGroup } from '../../utils/quotes/view';

export interface QuotePanelProps {
  groups: SpeakerGroup[];
  /** Direction and language of the article, for the quotations and names. */
  dir: 'rtl' | 'ltr';
  lang: string;
  quotesOnly: boolean;
  onQuotesOnly: (on: boolean) => void;
  /** Scroll to quotation `id` and focus it. */
  onPick: (id: number) => void;
  onCopy: (id: number) => void;
  /** Writes a count in the UI's numerals. */
  format: (n: number) => string;
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Every quotation grouped by speaker with counts; choosing one goes to it. */
export function QuotePanel({ groups, dir, lang, quotesOnly, onQuotesOnly, onPick, onCopy, format }: QuotePanelProps) {
  const { t } = useUiStrings();
  const [open, setOpen] = useState(false);
  const count = groups.reduce((n, g) => n + g.quotes.length, 0);
  const speakers = groups.filter((g) => g.speaker).length;
  return (
    <section class="qari-quotes" aria-labelledby="qari-quotes-title" data-qari="quotes">
      <div class="qari-quotes-bar">
        <button type="button" class="qari-button" aria-expanded={open} aria-controls="qari-quotes-list" id="qari-quotes-title" onClick={() => setOpen(!open)}>
          {count ? t('quotesSummary', { count: format(count), speakers: format(speakers) }) : t('quotesNone')}
        </button>
        {count > 0 && (
          <label class="qari-check">
            <input type="checkbox" checked={quotesOnly} onChange={(e) => onQuotesOnly((e.currentTarget as HTMLInputElement).checked)} />
            {t('quotesOnly')}
          </label>
        )}
      </div>
      {open && count > 0 && (
        <div id="qari-quotes-list" class="qari-quotes-list" dir={dir} lang={lang}>
          {groups.map((group) => (
            <div class="qari-quotes-group" data-style={group.style}>
              <h3>
                <span class="qari-swatch" aria-hidden="true" data-style={group.style} />
                {group.speaker || t('unknownSpeaker')} <span class="qari-count">({format(group.quotes.length)})</span>
              </h3>
              <ul>
                {group.quotes.map((quote) => (
                  <li>
                    <button type="button" class="qari-quote-link" onClick={() => onPick(quote.id)} data-quote={quote.id}>
                      {clip(quote.text)}
                    </button>
                    <button type="button" class="qari-button qari-copy" onClick={() => onCopy(quote.id)} aria-label={t('copyQuoteLabel', { quote: clip(quote.text, 40) })}>
                      {t('copyQuote')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
