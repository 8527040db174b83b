import { useState } from 'react';
import type { DataIndex } from '../model/dataIndex';
import type { QuoteWithSpeaker } from '../model/quotes';
import { useEvidence } from '../state/data';
import { ArticleCitation } from './ArticleCitation';
import { EvidenceStatus } from './EvidenceStatus';

export type { QuoteWithSpeaker };

interface QuoteListProps {
  items: QuoteWithSpeaker[];
  index: DataIndex;
  /** Leave the speaker out when the list sits under the expert's own name. */
  showSpeaker?: boolean;
  /** Called with the expert id when a speaker's name is clicked. */
  onSelectExpert?: (expertId: string) => void;
  emptyText?: string;
  /**
   * Quotes shown before "Show more": a prolific expert or a busy year has hundreds, and each shown
   * quote means its article's evidence file and a dozen elements on the page.
   */
  pageSize?: number;
}

const PAGE_SIZE = 20;

/** Quotes with their speaker, article (title, outlet, date, link) and themes; all text rendered as text. */
export function QuoteList({ items, index, showSpeaker = true, onSelectExpert, emptyText = 'No quotes.', pageSize = PAGE_SIZE }: QuoteListProps) {
  // The page grows for these items only: another expert or cell starts at the first page again.
  const [more, setMore] = useState<{ items: QuoteWithSpeaker[]; shown: number } | null>(null);
  const shown = more?.items === items ? more.shown : pageSize;
  const visible = items.slice(0, shown);
  const evidence = useEvidence(visible.map((item) => item.quote.articleId));
  if (items.length === 0) return <p className="quote-list__empty">{emptyText}</p>;
  const left = items.length - visible.length;
  return (
    <>
      {/* Above the quotes, where a failure and its "Try again" are seen first. */}
      <EvidenceStatus evidence={evidence} what="the quotes" />
      <ul className="quote-list" aria-busy={evidence.status === 'loading'}>
        {visible.map(({ quote, expertId }) => {
          const expert = index.expertById.get(expertId);
          const article = index.articleById.get(quote.articleId);
          const text = evidence.words.quote(quote);
          return (
            <li key={quote.id} className="quote-list__item">
              {text === undefined ? (
                <p className="quote-list__text evidence-pending">{evidence.status === 'error' ? 'Quote not loaded.' : 'Loading the quote…'}</p>
              ) : (
                <blockquote className={`quote-list__text quote-list__text--${quote.kind}`}>{quote.kind === 'direct' ? `“${text}”` : text}</blockquote>
              )}
              {showSpeaker && expert !== undefined && (
                <p className="quote-list__speaker">
                  {onSelectExpert !== undefined ? (
                    <button type="button" className="link-button" onClick={() => onSelectExpert(expert.id)}>
                      {expert.name}
                    </button>
                  ) : (
                    <strong>{expert.name}</strong>
                  )}
                  {expert.title !== undefined && <span>, {expert.title}</span>}
                </p>
              )}
              {article !== undefined && <ArticleCitation article={article} />}
              {quote.themes.length > 0 && (
                <ul className="theme-chips" aria-label="Themes">
                  {quote.themes.map((themeId) => (
                    <li key={themeId} className="theme-chip">
                      {index.themeById.get(themeId)?.label ?? themeId}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {left > 0 && (
        <button type="button" className="link-button quote-list__more" onClick={() => setMore({ items, shown: shown + pageSize })}>
          Show {Math.min(left, pageSize)} more {Math.min(left, pageSize) === 1 ? 'quote' : 'quotes'} ({left} not shown)
        </button>
      )}
    </>
  );
}
