import { useMemo, type Ref } from 'react';
import type { DataIndex } from '../../model/dataIndex';
import type { Country, Expert } from '../../model/schema';
import { ArticleCitation } from '../../components/ArticleCitation';
import { DetailsPanel } from '../../components/DetailsPanel';
import { QuoteList, type QuoteWithSpeaker } from '../../components/QuoteList';
import { SourceCitation, SourceNote } from '../../components/SourceNote';
import type { CountryInYear } from '../../model/membershipInYear';
import type { CountryRelations } from '../../model/countryRelations';
import type { SourceLookup } from '../../model/sourceReliability';
import { applicationPhrase, periodLabel, UNVERIFIED, UNVERIFIED_WHY } from '../../model/statusLabels';
import { sortByName } from './countryDirectory';
import { historyTicks, statusHistory, yearEndPosition } from './statusHistory';
import { classColour, mapClassOf } from './statusScale';
import { formatPartialDate } from '../../model/partialDate';

interface CountryDetailsProps {
  name: string;
  year: number;
  country: Country | undefined;
  inYear: CountryInYear | undefined;
  /** Counted in the store's years and themes, as the network and the table count them. */
  relations: CountryRelations;
  /** "in 2022–2024, on Security", or '' when no filter narrows the counts. */
  scope: string;
  index: DataIndex;
  sources: SourceLookup;
  firstYear: number;
  lastYear: number;
  asOf: string;
  onClose: () => void;
  onSelectExpert: (expertId: string) => void;
  /** The heading takes focus when the panel opens from the map or the country list. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const MAX_MENTIONS = 4;
const MAX_QUOTES = 4;

function UnverifiedMark() {
  return (
    <strong className="unverified-mark" title={UNVERIFIED_WHY}>
      {UNVERIFIED}
    </strong>
  );
}

/** The selected country: its status that year, its history with sources, candidacy evidence, experts and mentions. */
export function CountryDetails({
  name,
  year,
  country,
  inYear,
  relations,
  scope,
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
  const expertsOf = (ids: readonly string[]) => sortByName(ids.map((id) => index.expertById.get(id)).filter((e): e is Expert => e !== undefined));
  const from = expertsOf(relations.from);
  const spokeAbout = expertsOf(relations.spokeAbout);
  const quotesAbout = useMemo(() => quotesNamed(relations.quotesAbout, index), [relations.quotesAbout, index]);
  const mentions = country?.mentions ?? [];
  const period = inYear?.period ?? null;
  const inScope = scope === '' ? '' : ` ${scope}`;

  return (
    <DetailsPanel block="country-details" title={name} closeLabel={`Close ${name} details`} onClose={onClose} headingRef={headingRef}>
      <p className="country-details__now">
        <span className="country-details__swatch" style={{ background: classColour(mapClassOf(period?.status ?? null)) }} aria-hidden="true" />
        {period === null ? (
          <span>No SCO status at the end of {year}</span>
        ) : (
          <span>
            <strong>{periodLabel(period)}</strong> in {year}, since {formatPartialDate(period.from)}
            {inYear?.verified === false && (
              <>
                {' '}
                (<UnverifiedMark />: {UNVERIFIED_WHY})
              </>
            )}
            {period.note !== undefined && (
              <span className="country-details__note">
                {' '}
                (<SourceNote note={period.note} sources={sources} />)
              </span>
            )}
          </span>
        )}
      </p>
      {(inYear?.openApplications.length ?? 0) > 0 && (
        <ul className="country-details__applications">
          {inYear?.openApplications.map((application) => <li key={application.period.from}>{applicationPhrase(application)}</li>)}
        </ul>
      )}

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
                    className={`status-history__bar${row.ongoing ? ' status-history__bar--ongoing' : ''}${row.verified ? '' : ' status-history__bar--unverified'}`}
                    style={{ left: `${row.start * 100}%`, width: `${Math.max(0.8, (row.end - row.start) * 100)}%`, background: classColour(row.status) }}
                  />
                </span>
                <span className="status-history__text">
                  <strong>{row.label}</strong> {row.when}
                  {!row.verified && (
                    <>
                      {' '}
                      (<UnverifiedMark />)
                    </>
                  )}
                  {row.note !== undefined && (
                    <span className="country-details__note">
                      {' '}
                      — <SourceNote note={row.note} sources={sources} />
                    </span>
                  )}
                  <span className="status-history__sources">
                    {' '}
                    Sources:{' '}
                    {row.sources.map((source, j) => (
                      <span key={source.id}>
                        {j > 0 && ', '}
                        <SourceCitation source={source} />
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

      {scope !== '' && <p className="country-details__scope">Experts and quotes counted {scope}, as in the network and the table.</p>}
      <h4>
        Experts from {name} ({from.length})
      </h4>
      {from.length === 0 ? (
        <p className="country-details__empty">No expert in the articles{inScope} is from {name}.</p>
      ) : (
        <ExpertList experts={from} onSelectExpert={onSelectExpert} />
      )}

      <h4>
        Experts who spoke about {name} ({spokeAbout.length})
      </h4>
      {spokeAbout.length === 0 ? (
        <p className="country-details__empty">No quote in the articles{inScope} names {name}.</p>
      ) : (
        <>
          <ExpertList experts={spokeAbout} onSelectExpert={onSelectExpert} />
          <QuoteList items={quotesAbout.slice(0, MAX_QUOTES)} index={index} onSelectExpert={onSelectExpert} />
          {quotesAbout.length > MAX_QUOTES && <p className="country-details__empty">… and {quotesAbout.length - MAX_QUOTES} more quotes.</p>}
        </>
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

function ExpertList({ experts, onSelectExpert }: { experts: readonly Expert[]; onSelectExpert: (expertId: string) => void }) {
  return (
    <ul className="country-details__experts">
      {experts.map((expert) => (
        <li key={expert.id}>
          <button type="button" className="link-button" onClick={() => onSelectExpert(expert.id)}>
            {expert.name}
          </button>
          {[expert.title, expert.organisation].filter(Boolean).length > 0 && (
            <span className="country-details__meta"> — {[expert.title, expert.organisation].filter(Boolean).join(', ')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The quotes (by id) with their speakers, in the experts' order. */
function quotesNamed(quoteIds: readonly string[], index: DataIndex): QuoteWithSpeaker[] {
  const wanted = new Set(quoteIds);
  const result: QuoteWithSpeaker[] = [];
  for (const expert of index.expertById.values()) {
    for (const quote of expert.quotes) if (wanted.has(quote.id)) result.push({ quote, expertId: expert.id });
  }
  return result;
}
