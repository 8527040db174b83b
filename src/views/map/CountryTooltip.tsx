import type { CountryInYear } from '../../model/membershipInYear';
import { relationsPhrase, type CountryRelations } from './countryRelations';
import { classLabel } from './statusScale';
import { formatPartialDate } from '../../model/partialDate';

interface CountryTooltipProps {
  name: string;
  year: number;
  inYear: CountryInYear | undefined;
  relations: CountryRelations;
}

/** Name, status that year and since when, candidacy, and how many experts and articles relate to the country. */
export function CountryTooltip({ name, year, inYear, relations }: CountryTooltipProps) {
  const status = inYear?.status ?? null;
  const candidacies = new Set(inYear?.candidacies.map((c) => c.articleId)).size;
  return (
    <>
      <strong className="country-tooltip__name">{name}</strong>
      <span className="country-tooltip__line">
        {status === null ? `No SCO status in ${year}` : `${classLabel(status)} in ${year}`}
        {inYear?.period != null && ` · since ${formatPartialDate(inYear.period.from)}`}
      </span>
      {inYear?.period?.note !== undefined && <span className="country-tooltip__note">{inYear.period.note}</span>}
      {candidacies > 0 && (
        <span className="country-tooltip__line">
          Named as a candidate in {candidacies} {candidacies === 1 ? 'article' : 'articles'}
        </span>
      )}
      <span className="country-tooltip__line country-tooltip__relations">{relationsPhrase(relations)}</span>
    </>
  );
}
