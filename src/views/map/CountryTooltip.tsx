import type { CountryInYear } from '../../model/membershipInYear';
import { relationsPhrase, type CountryRelations } from '../../model/countryRelations';
import { formatPartialDate } from '../../model/partialDate';
import { noteLead, noteText } from '../../model/sourceNotes';
import type { SourceLookup } from '../../model/sourceReliability';
import { applicationPhrase, periodLabel, UNVERIFIED } from '../../model/statusLabels';

interface CountryTooltipProps {
  name: string;
  year: number;
  inYear: CountryInYear | undefined;
  /** Null while the data's experts and articles are still loading (the map drew from its map file). */
  relations: CountryRelations | null;
  sources: SourceLookup;
}

/** Name, status that year and since when, open applications, candidacy, and the experts and articles that relate to it. */
export function CountryTooltip({ name, year, inYear, relations, sources }: CountryTooltipProps) {
  const period = inYear?.period ?? null;
  const candidacies = inYear?.candidacyArticles ?? 0;
  return (
    <>
      <strong className="country-tooltip__name">{name}</strong>
      <span className="country-tooltip__line">
        {period === null ? `No SCO status in ${year}` : `${periodLabel(period)} in ${year} · since ${formatPartialDate(period.from)}`}
        {inYear?.verified === false && <strong className="country-tooltip__unverified"> · {UNVERIFIED}</strong>}
      </span>
      {inYear?.openApplications.map((application) => (
        <span key={application.period.from} className="country-tooltip__line">
          {applicationPhrase(application)}
        </span>
      ))}
      {period?.note !== undefined && <span className="country-tooltip__note">{noteLead(noteText(period.note, sources))}</span>}
      {candidacies > 0 && (
        <span className="country-tooltip__line">
          Named as a candidate in {candidacies} {candidacies === 1 ? 'article' : 'articles'}
        </span>
      )}
      <span className="country-tooltip__line country-tooltip__relations">{relations === null ? 'Experts and articles: loading…' : relationsPhrase(relations)}</span>
    </>
  );
}
