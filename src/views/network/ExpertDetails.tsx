import { useEffect, useMemo, useRef } from 'react';
import { DetailsPanel } from '../../components/DetailsPanel';
import type { DataIndex } from '../../model/dataIndex';
import type { CoreExpert } from '../../model/core';
import { QuoteList } from '../../components/QuoteList';
import './expertDetails.css';

interface ExpertDetailsProps {
  expert: CoreExpert;
  index: DataIndex;
  /** Move focus to the heading when shown (the person chose this expert here, not in another view). */
  takeFocus: boolean;
  onClose: () => void;
  onSelectCountry: (iso3: string) => void;
}

/** Who the expert is and every quote, each with its article and themes; a landmark screen readers can find. */
export function ExpertDetails({ expert, index, takeFocus, onClose, onSelectCountry }: ExpertDetailsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [expert.id, takeFocus]);

  const country = expert.country === null ? undefined : index.countryByIso3.get(expert.country);
  // Oldest article first: how the person's view developed. One list per expert, so its pages stay put.
  const quotes = useMemo(
    () =>
      [...expert.quotes]
        .sort((a, b) => (index.articleById.get(a.articleId)?.published ?? '').localeCompare(index.articleById.get(b.articleId)?.published ?? ''))
        .map((quote) => ({ quote, expertId: expert.id })),
    [expert, index],
  );

  return (
    <DetailsPanel element="aside" block="network-details" title={expert.name} closeLabel={`Close details of ${expert.name}`} onClose={onClose} headingRef={headingRef}>
      <dl className="network-details__facts">
        {expert.title !== undefined && (
          <>
            <dt>Title</dt>
            <dd>{expert.title}</dd>
          </>
        )}
        {expert.organisation !== undefined && (
          <>
            <dt>Organisation</dt>
            <dd>{expert.organisation}</dd>
          </>
        )}
        <dt>Country</dt>
        <dd>
          {expert.country === null ? (
            'Not stated'
          ) : (
            <button type="button" className="link-button" onClick={() => onSelectCountry(expert.country ?? '')}>
              {country?.name ?? expert.country}
            </button>
          )}
          {expert.city !== undefined && `, ${expert.city}`}
        </dd>
        <dt>Role</dt>
        <dd>{expert.role === 'official' ? 'Official' : 'Expert'}</dd>
      </dl>
      <h4 className="network-details__quotes-heading">
        {quotes.length} {quotes.length === 1 ? 'quote' : 'quotes'} in {expert.articles.length} {expert.articles.length === 1 ? 'article' : 'articles'}
      </h4>
      <QuoteList items={quotes} index={index} showSpeaker={false} emptyText="Named in the articles, but not quoted." />
    </DetailsPanel>
  );
}
