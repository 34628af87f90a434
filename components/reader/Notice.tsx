import type { ComponentChildren } from 'preact';
import { Isolated } from '../text/Isolated';

export interface NoticeProps {
  title: string;
  detail?: string;
  busy?: boolean;
  children?: ComponentChildren;
}

/**
 * A state of the reader that is not an article: loading, no article, a page
 * the browser keeps us out of. Its title is the view's one heading, as the
 * article's title is when there is one.
 */
export function Notice({ title, detail, busy, children }: NoticeProps) {
  return (
    <div class="qari-message" data-qari="message" role={busy ? 'status' : 'alert'} aria-busy={busy || undefined}>
      {busy && <div class="qari-spinner" aria-hidden="true" />}
      <h1>{title}</h1>
      {detail && (
        <p>
          <Isolated text={detail} />
        </p>
      )}
      {children}
    </div>
  );
}
