import type { ReactNode } from 'react';
import { safeHref } from '../model/safeHref';

/** A link out of the app, opened in a new tab; an href that is not http(s) shows as plain text. */
export function ExternalLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const safe = safeHref(href);
  if (safe === null) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
