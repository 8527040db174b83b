import type { Article } from '../model/schema';
import { ExternalLink } from './ExternalLink';

interface ArticleCitationProps {
  article: Article;
}

/**
 * "Title — Outlet, 2024-07": the article behind a fact, linked when its URL is http(s).
 * Title and outlet are user text: <bdi> keeps a right-to-left run (or a stray override
 * character) in them from reordering the date that follows.
 */
export function ArticleCitation({ article }: ArticleCitationProps) {
  return (
    <cite className="article-citation">
      <ExternalLink href={article.url}>
        <bdi>{article.title}</bdi>
      </ExternalLink>
      <span className="article-citation__meta">
        {' '}
        — <bdi>{article.outlet}</bdi>, <time dateTime={article.published}>{article.published}</time>
      </span>
      {article.own === true && (
        <>
          {' '}
          <span className="own-tag" title="An article you added">
            yours
          </span>
        </>
      )}
    </cite>
  );
}
