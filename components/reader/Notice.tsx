import type { ComponentChildren } from 'preact';

export interface NoticeProps {
  title: string;
  detail?: string;
  busy?: boolean;
  children?: ComponentChildren;
}

/** A state of the reader that is not an article: loading, no article, a page the browser keeps us out of. */
export function Notice({ title, detail, busy, children }: NoticeProps) {
  return (
    <div class="qari-message" data-qari="message" role={busy ? 'status' : 'alert'} aria-busy={busy || undefined}>
      {busy && <div class="qari-spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {detail && <p>{detail}</p>}
      {children}
    </div>
  );
}
