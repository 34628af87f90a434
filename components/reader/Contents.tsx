import { useUiStrings } from '../../hooks/useUiStrings';
import type { ContentsEntry } from '../../utils/dom/contents';

export interface ContentsProps {
  entries: ContentsEntry[];
  /** The heading the reader is in (-1: above the first). */
  current: number;
  onGo: (index: number) => void;
}

/**
 * The contents of a long article, kept in view at the top of the reader: its
 * summary names the heading the reader is in; open, the list marks it
 * (aria-current) and goes to any heading. Each heading in its own direction.
 */
export function Contents({ entries, current, onGo }: ContentsProps) {
  const { t } = useUiStrings();
  const here = entries[current];
  return (
    <nav class="qari-contents" aria-label={t('contents')} data-qari="contents">
      <details>
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
        <ol>
          {entries.map((entry, i) => (
            <li data-level={entry.level}>
              <button type="button" class="qari-quote-link" aria-current={i === current ? 'location' : undefined} onClick={() => onGo(i)}>
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
