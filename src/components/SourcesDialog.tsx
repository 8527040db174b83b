import { useRef } from 'react';
import type { ScoData } from '../model/schema';
import { safeHref } from '../model/safeHref';

interface SourcesDialogProps {
  data: ScoData;
}

/** Lists every reference source and article behind the dashboard. */
export function SourcesDialog({ data }: SourcesDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="link-button" onClick={() => dialogRef.current?.showModal()}>
        Sources
      </button>
      <dialog ref={dialogRef} className="sources-dialog" aria-labelledby="sources-title">
        <header className="sources-dialog__header">
          <h2 id="sources-title">Sources</h2>
          <button type="button" onClick={() => dialogRef.current?.close()} aria-label="Close sources">
            ×
          </button>
        </header>
        <h3>Articles ({data.articles.length})</h3>
        <ul>
          {data.articles.map((article) => (
            <li key={article.id}>
              {/* <bdi>: user text in titles and outlets must not reorder the date after it. */}
              <ExternalLink href={article.url}>
                <bdi>{article.title}</bdi>
              </ExternalLink>{' '}
              — <bdi>{article.outlet}</bdi>, {article.published}
            </li>
          ))}
        </ul>
        <h3>Membership reference ({data.sources.length})</h3>
        <ol className="sources-dialog__refs">
          {data.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              <span className="sources-dialog__id">{source.id}</span>{' '}
              <ExternalLink href={source.url}>
                <bdi>{source.title ?? source.publisher}</bdi>
              </ExternalLink>
              {source.title !== undefined && (
                <>
                  {' — '}
                  <bdi>{source.publisher}</bdi>
                </>
              )}
              {source.date !== undefined && `, ${source.date}`}
            </li>
          ))}
        </ol>
      </dialog>
    </>
  );
}

export function ExternalLink({ href, children }: { href: string | undefined; children: React.ReactNode }) {
  const safe = safeHref(href);
  if (safe === null) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
