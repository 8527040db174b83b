import type { Article } from '../model/schema';
import { ExternalLink } from './SourcesDialog';

interface ArticleCitationProps {
  article: Article;
}

/** "Title — Outlet, 2024-07": the article behind a fact, linked when its URL is http(s). */
export function ArticleCitation({ article }: ArticleCitationProps) {
  return (
    <cite className="article-citation">
      <ExternalLink href={article.url}>{article.title}</ExternalLink>
      <span className="article-citation__meta">
        {' '}
        — {article.outlet}, <time dateTime={article.published}>{article.published}</time>
      </span>
    </cite>
  );
}
