import type { ScoData } from '../model/schema';
import { Dialog } from './Dialog';
import { ExternalLink } from './ExternalLink';

interface SourcesDialogProps {
  data: ScoData;
}

/** Lists every reference source and article behind the dashboard. */
export function SourcesDialog({ data }: SourcesDialogProps) {
  return (
    <Dialog openLabel="Sources" opener="link" title="Sources" closeLabel="Close sources" className="sources-dialog">
      <h3>Articles ({data.articles.length})</h3>
      <ul>
        {data.articles.map((article) => (
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
    </Dialog>
  );
}
