import { useMemo, type Ref } from 'react';
import type { DataIndex } from '../../model/dataIndex';
import type { Country, Source } from '../../model/schema';
import { ArticleCitation } from '../../components/ArticleCitation';
import { DetailsPanel } from '../../components/DetailsPanel';
import { ExternalLink } from '../../components/ExternalLink';
import type { CountryInYear } from '../../model/membershipInYear';
import { sortExpertsFor, type CountryRelations } from './countryRelations';
import { historyTicks, statusHistory, yearEndPosition } from './statusHistory';
import { classColour, classLabel, mapClassOf } from './statusScale';
import { formatPartialDate } from '../../model/partialDate';

interface CountryDetailsProps {
  iso3: string;
  name: string;
  year: number;
  country: Country | undefined;
  inYear: CountryInYear | undefined;
  relations: CountryRelations;
  index: DataIndex;
  sources: ReadonlyMap<string, Source>;
  firstYear: number;
  lastYear: number;
  asOf: string;
  onClose: () => void;
  onSelectExpert: (expertId: string) => void;
  /** The heading takes focus when the panel opens from the map or the country list. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const MAX_MENTIONS = 4;

/** The selected country: its status that year, its history with sources, candidacy evidence, experts and mentions. */
export function CountryDetails({
  iso3,
  name,
  year,
  country,
  inYear,
  relations,
  index,
  sources,
  firstYear,
  lastYear,
  asOf,
  onClose,
  onSelectExpert,
  headingRef,
}: CountryDetailsProps) {
  const history = useMemo(() => statusHistory(country?.statuses ?? [], sources, firstYear, asOf), [country, sources, firstYear, asOf]);
  const ticks = useMemo(() => historyTicks(firstYear, lastYear, asOf), [firstYear, lastYear, asOf]);
  const experts = sortExpertsFor(
    iso3,
    relations.expertIds.map((id) => index.expertById.get(id)).filter((e) => e !== undefined),
  );
  const mentions = country?.mentions ?? [];
  const status = inYear?.status ?? null;

  return (
    <DetailsPanel block="country-details" title={name} closeLabel={`Close ${name} details`} onClose={onClose} headingRef={headingRef}>
      <p className="country-details__now">
        <span className="country-details__swatch" style={{ background: classColour(mapClassOf(status)) }} aria-hidden="true" />
        {status === null ? (
          <span>No SCO status at the end of {year}</span>
        ) : (
          <span>
            <strong>{classLabel(status)}</strong> in {year}
            {inYear?.period != null && <>, since {formatPartialDate(inYear.period.from)}</>}
            {inYear?.period?.note !== undefined && <span className="country-details__note"> ({inYear.period.note})</span>}
          </span>
        )}
      </p>

      <h4>Status history</h4>
      {history.length === 0 ? (
        <p className="country-details__empty">No SCO status in the reference data.</p>
      ) : (
        <div className="status-history">
          <div className="status-history__axis" aria-hidden="true">
            {ticks.map((t) => (
              <span key={t.year} style={{ left: `${t.at * 100}%` }}>
                {t.year}
              </span>
            ))}
            <span className="status-history__year" style={{ left: `${yearEndPosition(year, firstYear, asOf) * 100}%` }} />
          </div>
          <ol className="status-history__rows">
            {history.map((row, i) => (
              <li key={i} className="status-history__row">
                <span className="status-history__lane" aria-hidden="true">
                  <span
                    className={`status-history__bar${row.ongoing ? ' status-history__bar--ongoing' : ''}`}
                    style={{ left: `${row.start * 100}%`, width: `${Math.max(0.8, (row.end - row.start) * 100)}%`, background: classColour(row.status) }}
                  />
                </span>
                <span className="status-history__text">
                  <strong>{classLabel(row.status)}</strong> {row.when}
                  {row.note !== undefined && <span className="country-details__note"> — {row.note}</span>}
                  <span className="status-history__sources">
                    {' '}
                    Sources:{' '}
                    {row.sources.map((source, j) => (
                      <span key={source.id}>
                        {j > 0 && ', '}
                        <ExternalLink href={source.url}>
                          {source.publisher}
                          {source.date !== undefined ? ` ${source.date.slice(0, 4)}` : ''}
                        </ExternalLink>
                      </span>
                    ))}
                    {row.missingSources.length > 0 && <span> (unknown: {row.missingSources.join(', ')})</span>}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}

      {(inYear?.candidacies.length ?? 0) > 0 && (
        <>
          <h4>Named as a candidate</h4>
          <ul className="country-details__evidence">
            {inYear?.candidacies.map((candidacy, i) => {
              const article = index.articleById.get(candidacy.articleId);
              return (
                <li key={i}>
                  <blockquote>“{candidacy.sentence}”</blockquote>
                  {article !== undefined && <ArticleCitation article={article} />}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h4>Experts ({experts.length})</h4>
      {experts.length === 0 ? (
        <p className="country-details__empty">No expert in the articles is from or linked to {name}.</p>
      ) : (
        <ul className="country-details__experts">
          {experts.map((expert) => (
            <li key={expert.id}>
              <button type="button" className="link-button" onClick={() => onSelectExpert(expert.id)}>
                {expert.name}
              </button>
              {[expert.title, expert.organisation].filter(Boolean).length > 0 && (
                <span className="country-details__meta"> — {[expert.title, expert.organisation].filter(Boolean).join(', ')}</span>
              )}
              {expert.country !== iso3 && <span className="country-details__meta"> (speaks about {name})</span>}
            </li>
          ))}
        </ul>
      )}

      {mentions.length > 0 && (
        <>
          <h4>Mentioned in the articles ({relations.articleIds.length})</h4>
          <ul className="country-details__evidence">
            {mentions.slice(0, MAX_MENTIONS).map((mention, i) => {
              const article = index.articleById.get(mention.articleId);
              return (
                <li key={i}>
                  <blockquote>“{mention.sentence}”</blockquote>
                  {article !== undefined && <ArticleCitation article={article} />}
                </li>
              );
            })}
          </ul>
          {mentions.length > MAX_MENTIONS && <p className="country-details__empty">… and {mentions.length - MAX_MENTIONS} more mentions.</p>}
        </>
      )}
    </DetailsPanel>
  );
}
