import type { DataIndex } from '../model/dataIndex';
import type { QuoteWithSpeaker } from '../model/quotes';
import { ArticleCitation } from './ArticleCitation';

export type { QuoteWithSpeaker };

interface QuoteListProps {
  items: QuoteWithSpeaker[];
  index: DataIndex;
  /** Leave the speaker out when the list sits under the expert's own name. */
  showSpeaker?: boolean;
  /** Called with the expert id when a speaker's name is clicked. */
  onSelectExpert?: (expertId: string) => void;
  emptyText?: string;
}

/** Quotes with their speaker, article (title, outlet, date, link) and themes; all text rendered as text. */
export function QuoteList({ items, index, showSpeaker = true, onSelectExpert, emptyText = 'No quotes.' }: QuoteListProps) {
  if (items.length === 0) return <p className="quote-list__empty">{emptyText}</p>;
  return (
    <ul className="quote-list">
      {items.map(({ quote, expertId }) => {
        const expert = index.expertById.get(expertId);
        const article = index.articleById.get(quote.articleId);
        return (
          <li key={quote.id} className="quote-list__item">
            <blockquote className={`quote-list__text quote-list__text--${quote.kind}`}>
              {quote.kind === 'direct' ? `“${quote.text}”` : quote.text}
            </blockquote>
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
  );
}
