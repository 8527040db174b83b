import type { Candidate, ScoData, StatusKind, StatusPeriod } from './schema';
import { isVerifiedPeriod, sourceLookup } from './sourceReliability';
import { periodHeldAt, strongestPeriodAt, yearEndPoint } from './statusInYear';

/** An applicant period and whether a sound source supports it. */
export interface Application {
  period: StatusPeriod;
  verified: boolean;
}

/** What the map draws for one country in one year. */
export interface CountryInYear {
  iso3: string;
  name: string;
  status: StatusKind | null;
  /** The period behind `status`: its `from` is "since when", its note the caveat (Shanghai Five, …). */
  period: StatusPeriod | null;
  /** False when only weak sources support `period`: drawn dashed and said "unverified". */
  verified: boolean;
  /** Applications still open that day besides the status shown (a partner that applied for membership). */
  openApplications: Application[];
  /** Candidacies named in articles published in or before the year: the hatched mark and its evidence. */
  candidacies: Candidate[];
}

export type MembershipYear = Map<string, CountryInYear>;

export type MembershipData = Pick<ScoData, 'countries' | 'candidates' | 'articles' | 'sources'>;

/**
 * Every country of the data as the map sees it in `year`. A candidacy shows from its article's
 * year on: before the article was written nobody had named the country.
 */
export function membershipInYear(data: MembershipData, year: number, asOf: string): MembershipYear {
  const day = yearEndPoint(year, asOf);
  const sources = sourceLookup(data.sources);
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
      verified: period === null || isVerifiedPeriod(period, sources),
      openApplications: country.statuses
        .filter((p) => p !== period && p.status === 'applicant' && periodHeldAt(p, day))
        .map((p) => ({ period: p, verified: isVerifiedPeriod(p, sources) })),
      candidacies: candidaciesByCountry.get(country.iso3) ?? [],
    });
  }
  // The contract does not promise that every candidate is also listed among the countries.
  for (const [iso3, candidacies] of candidaciesByCountry) {
    if (!result.has(iso3)) result.set(iso3, { iso3, name: iso3, status: null, period: null, verified: true, openApplications: [], candidacies });
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

/**
 * The one list of "candidates" every view states (the map's hatch and legend count, story captions,
 * the table): countries named as candidates in the articles up to the year that are not yet members.
 */
export function openCandidates(membership: MembershipYear): CountryInYear[] {
  return [...membership.values()].filter(hasOpenCandidacy);
}
