import { useState } from 'react';
import type { StoredArticle } from '../../state/ownArticlesStore';

interface OwnArticleListProps {
  articles: readonly StoredArticle[];
  disabled: boolean;
  onRemove: (fileName: string) => void;
  onStartOver: () => void;
}

/** The articles kept in this browser, each with its own Remove, and "Start over" (asked twice). */
export function OwnArticleList({ articles, disabled, onRemove, onStartOver }: OwnArticleListProps) {
  const [confirming, setConfirming] = useState(false);
  if (articles.length === 0) return <p className="own-articles__empty">You have added no articles yet. The atlas shows the shipped articles only.</p>;
  return (
    <>
      <ul className="own-articles__list">
        {articles.map((article) => (
          <li key={article.fileName}>
            <span className="own-articles__title">
              <bdi>{article.title}</bdi>
            </span>
            <span className="own-articles__from">
              from <bdi>{article.from}</bdi> → <code>{article.fileName}</code>
            </span>
            <button type="button" disabled={disabled} onClick={() => onRemove(article.fileName)} aria-label={`Remove “${article.title}”`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <p className="own-articles__confirm" role="group" aria-label="Start over">
          Remove all {articles.length === 1 ? 'of your articles' : `${articles.length} of your articles`} from this browser?{' '}
          <button
            type="button"
            className="own-articles__danger"
            disabled={disabled}
            onClick={() => {
              setConfirming(false);
              onStartOver();
            }}
          >
            Remove all
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </p>
      ) : (
        <button type="button" disabled={disabled} onClick={() => setConfirming(true)}>
          Start over
        </button>
      )}
    </>
  );
}
