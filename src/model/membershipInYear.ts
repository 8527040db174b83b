import type { Candidate, ScoData, StatusKind, StatusPeriod } from './schema';
import { strongestPeriodAt, yearEndPoint } from './statusInYear';

/** What the map draws for one country in one year. */
export interface CountryInYear {
  iso3: string;
  name: string;
  status: StatusKind | null;
  /** The period behind `status`: its `from` is "since when", its note the caveat (Shanghai Five, …). */
  period: StatusPeriod | null;
  /** Candidacies named in articles published in or before the year: the hatched mark and its evidence. */
  candidacies: Candidate[];
}

export type MembershipYear = Map<string, CountryInYear>;

/**
 * Every country of the data as the map sees it in `year`. A candidacy shows from its article's
 * year on: before the article was written nobody had named the country.
 */
export function membershipInYear(data: Pick<ScoData, 'countries' | 'candidates' | 'articles'>, year: number, asOf: string): MembershipYear {
  const day = yearEndPoint(year, asOf);
  const articleYear = new Map(data.articles.map((a) => [a.id, a.year]));
  const candidaciesByCountry = new Map<string, Candidate[]>();
  for (const candidate of data.candidates) {
    const published = articleYear.get(candidate.articleId);
    if (published === undefined || published > year) continue;
    const list = candidaciesByCountry.get(candidate.iso3) ?? [];
    list.push(candidate);
    candidaciesByCountry.set(candidate.iso3, list);
  }
  const result: MembershipYear = new Map();
  for (const country of data.countries) {
    const period = strongestPeriodAt(country.statuses, day);
    result.set(country.iso3, {
      iso3: country.iso3,
      name: country.name,
      status: period?.status ?? null,
      period,
      candidacies: candidaciesByCountry.get(country.iso3) ?? [],
    });
  }
  // The contract does not promise that every candidate is also listed among the countries.
  for (const [iso3, candidacies] of candidaciesByCountry) {
    if (!result.has(iso3)) result.set(iso3, { iso3, name: iso3, status: null, period: null, candidacies });
  }
  return result;
}

/**
 * A candidacy stays open until the country becomes a member: Belarus, named as joining in a July
 * 2024 article, is drawn as a member from then on, while its evidence stays in the details.
 */
export function hasOpenCandidacy(country: CountryInYear): boolean {
  return country.candidacies.length > 0 && country.status !== 'member';
}
