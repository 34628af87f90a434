import { useRef } from 'preact/hooks';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { ContentsEntry } from '../../utils/dom/contents';

export interface ContentsProps {
  entries: ContentsEntry[];
  /** The heading the reader is in (-1: above the first). */
  current: number;
  onGo: (index: number) => void;
  /** The article's direction and language: the list is laid out as the article is. */
  dir: 'rtl' | 'ltr';
  lang: string;
}

/**
 * The contents of a long article, kept in view at the top of the reader: its
 * summary names the heading the reader is in; open, the list marks it
 * (aria-current) and goes to any heading. The list is laid out in the
 * article's direction, each heading in its own.
 */
export function Contents({ entries, current, onGo, dir, lang }: ContentsProps) {
  const { t } = useUiStrings();
  const here = entries[current];
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <nav class="qari-contents" aria-label={t('contents')} data-qari="contents">
      <details ref={details}>
        <summary>
          {t('contents')}
          {here && (
            <>
              {': '}
              <bdi class="qari-contents-here" dir={here.dir} lang={here.lang}>
                {here.text}
              </bdi>
            </>
          )}
        </summary>
        <ol dir={dir} lang={lang || undefined}>
          {entries.map((entry, i) => (
            <li data-level={entry.level}>
              <button type="button" class="qari-quote-link" aria-current={i === current ? 'location' : undefined} onClick={() => {
                  // The list closes as the reader goes: open, it would cover the heading gone to.
                  if (details.current) details.current.open = false;
                  onGo(i);
                }}
              >
                <span dir={entry.dir} lang={entry.lang}>
                  {entry.text}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
