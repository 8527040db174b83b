import { useState } from 'react';
import type { ScoCore } from '../model/core';
import { Dialog } from './Dialog';
import { ExternalLink } from './ExternalLink';

interface SourcesDialogProps {
  data: ScoCore;
}

/** Articles listed at a time: a large corpus has thousands (the search finds any of them). */
const ARTICLES_PAGE = 100;

/** Lists every reference source and article behind the dashboard. */
export function SourcesDialog({ data }: SourcesDialogProps) {
  return (
    <Dialog openLabel="Sources" opener="link" title="Sources" closeLabel="Close sources" className="sources-dialog" renderWhileClosed={false}>
      <SourcesList data={data} />
    </Dialog>
  );
}

function SourcesList({ data }: SourcesDialogProps) {
  const [shown, setShown] = useState(ARTICLES_PAGE);
  const left = data.articles.length - Math.min(shown, data.articles.length);
  return (
    <>
      <h3>Articles ({data.articles.length})</h3>
      <ul>
        {data.articles.slice(0, shown).map((article) => (
          <li key={article.id}>
            {/* <bdi>: user text in titles and outlets must not reorder the date after it. */}
            <ExternalLink href={article.url}>
              <bdi>{article.title}</bdi>
            </ExternalLink>{' '}
            — <bdi>{article.outlet}</bdi>, {article.published}
            {article.own === true && (
              <>
                {' '}
                <span className="own-tag">yours</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" className="link-button" onClick={() => setShown(shown + ARTICLES_PAGE)}>
          Show {Math.min(left, ARTICLES_PAGE)} more articles ({left} not shown)
        </button>
      )}
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
    </>
  );
}
