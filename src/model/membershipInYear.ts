import { CANDIDATE_KINDS, type StatusKind, type StatusPeriod } from './schema';
import type { CandidateRef, CoreCountry, ScoCore } from './core';
import type { MapFile } from './mapFile';
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
  candidacies: CandidateRef[];
  /** How many articles those candidacies come from (an article may name a country more than once). */
  candidacyArticles: number;
  /** How many of those articles are the person's own ("yours"). */
  ownCandidacyArticles: number;
  /** What those candidacies seek, each kind once, in CANDIDATE_KINDS order. */
  candidacyKinds: CandidateKind[];
}

type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export type MembershipYear = Map<string, CountryInYear>;

export type MembershipData = Pick<ScoCore, 'countries' | 'candidates' | 'articles' | 'sources'>;

/**
 * The core, or the map file (mapFile.ts) before the core is in: the same statuses, and each
 * candidate's articles counted up to each year instead of listed (`candidacies` stays empty).
 */
export type MapMembershipData = { countries: ReadonlyArray<Pick<CoreCountry, 'iso3' | 'name' | 'statuses'>>; sources: ScoCore['sources'] } & (
  | Pick<ScoCore, 'candidates' | 'articles'>
  | Pick<MapFile, 'candidacies'>
);

interface CountryCandidacies {
  /** The articles' years, ascending, beside the candidacies in the same order. */
  years: number[];
  candidacies: CandidateRef[];
  /** Distinct articles among the first i + 1 candidacies: a year step reads a count, not a set of thousands. */
  articlesUpTo: Uint32Array;
  /** Distinct own articles among them. */
  ownUpTo: Uint32Array;
  /** The kinds among the first i + 1 candidacies, one bit per CANDIDATE_KINDS entry. */
  kindsUpTo: Uint8Array;
}

const KIND_BIT = new Map<string, number>(CANDIDATE_KINDS.map((kind, i) => [kind, 1 << i]));
const kindsOfMask = (mask: number): CandidateKind[] => CANDIDATE_KINDS.filter((kind) => (mask & (KIND_BIT.get(kind) ?? 0)) !== 0);

type CoreCandidacies = Pick<ScoCore, 'candidates' | 'articles'>;

/** Per data set: a year step then takes a prefix per country, not a pass over every candidacy (21,000 at 10,000 articles). */
const candidaciesIndex = new WeakMap<CoreCandidacies['candidates'], { articles: CoreCandidacies['articles']; index: Map<string, CountryCandidacies> }>();
const summaryIndex = new WeakMap<MapFile['candidacies'], Map<string, CountryCandidacies>>();

/** The map file's counts as the same index, without the candidacies themselves. */
function candidaciesOfSummary(summary: MapFile['candidacies']): Map<string, CountryCandidacies> {
  const kept = summaryIndex.get(summary);
  if (kept !== undefined) return kept;
  const index = new Map<string, CountryCandidacies>();
  for (const { iso3, years } of summary) {
    index.set(iso3, {
      years: years.map(([year]) => year),
      candidacies: [],
      articlesUpTo: Uint32Array.from(years, ([, articles]) => articles),
      ownUpTo: Uint32Array.from(years, ([, , , own]) => own),
      kindsUpTo: Uint8Array.from(years, ([, , kinds]) => kinds.reduce((mask, kind) => mask | (KIND_BIT.get(kind) ?? 0), 0)),
    });
  }
  summaryIndex.set(summary, index);
  return index;
}

function candidaciesByYear(data: MapMembershipData): Map<string, CountryCandidacies> {
  if ('candidacies' in data) return candidaciesOfSummary(data.candidacies);
  const kept = candidaciesIndex.get(data.candidates);
  if (kept !== undefined && kept.articles === data.articles) return kept.index;
  const articleYear = new Map(data.articles.map((a) => [a.id, a.year]));
  const own = new Set(data.articles.filter((a) => a.own === true).map((a) => a.id));
  const dated = new Map<string, Array<{ year: number; candidacy: CandidateRef }>>();
  for (const candidacy of data.candidates) {
    const year = articleYear.get(candidacy.articleId);
    if (year === undefined) continue;
    const list = dated.get(candidacy.iso3) ?? [];
    list.push({ year, candidacy });
    dated.set(candidacy.iso3, list);
  }
  const index = new Map<string, CountryCandidacies>();
  for (const [iso3, list] of dated) {
    // Stable: within a year the candidacies keep the data's order.
    list.sort((a, b) => a.year - b.year);
    const articlesUpTo = new Uint32Array(list.length);
    const ownUpTo = new Uint32Array(list.length);
    const kindsUpTo = new Uint8Array(list.length);
    const seen = new Set<string>();
    let ownSeen = 0;
    let kinds = 0;
    list.forEach(({ candidacy }, i) => {
      const before = seen.size;
      seen.add(candidacy.articleId);
      if (seen.size > before && own.has(candidacy.articleId)) ownSeen += 1;
      kinds |= KIND_BIT.get(candidacy.kind) ?? 0;
      articlesUpTo[i] = seen.size;
      ownUpTo[i] = ownSeen;
      kindsUpTo[i] = kinds;
    });
    index.set(iso3, { years: list.map((d) => d.year), candidacies: list.map((d) => d.candidacy), articlesUpTo, ownUpTo, kindsUpTo });
  }
  candidaciesIndex.set(data.candidates, { articles: data.articles, index });
  return index;
}

type Candidacies = Pick<CountryInYear, 'candidacies' | 'candidacyArticles' | 'ownCandidacyArticles' | 'candidacyKinds'>;

const NO_CANDIDACIES: Candidacies = { candidacies: [], candidacyArticles: 0, ownCandidacyArticles: 0, candidacyKinds: [] };

/** How many of the ascending `years` are ≤ `year`. */
function firstAfter(years: readonly number[], year: number): number {
  let low = 0;
  let high = years.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((years[mid] ?? 0) <= year) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Every country of the data as the map sees it in `year`. A candidacy shows from its article's
 * year on: before the article was written nobody had named the country.
 */
export function membershipInYear(data: MapMembershipData, year: number, asOf: string): MembershipYear {
  const day = yearEndPoint(year, asOf);
  const sources = sourceLookup(data.sources);
  const candidaciesByCountry = new Map<string, Candidacies>();
  for (const [iso3, { years, candidacies, articlesUpTo, ownUpTo, kindsUpTo }] of candidaciesByYear(data)) {
    const upTo = firstAfter(years, year);
    if (upTo > 0) {
      candidaciesByCountry.set(iso3, {
        candidacies: candidacies.slice(0, upTo),
        candidacyArticles: articlesUpTo[upTo - 1] ?? 0,
        ownCandidacyArticles: ownUpTo[upTo - 1] ?? 0,
        candidacyKinds: kindsOfMask(kindsUpTo[upTo - 1] ?? 0),
      });
    }
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
      ...(candidaciesByCountry.get(country.iso3) ?? NO_CANDIDACIES),
    });
  }
  // The contract does not promise that every candidate is also listed among the countries.
  for (const [iso3, candidacies] of candidaciesByCountry) {
    if (!result.has(iso3)) result.set(iso3, { iso3, name: iso3, status: null, period: null, verified: true, openApplications: [], ...candidacies });
  }
  return result;
}

/**
 * A candidacy stays open until the country becomes a member: Belarus, named as joining in a July
 * 2024 article, is drawn as a member from then on, while its evidence stays in the details.
 */
export function hasOpenCandidacy(country: CountryInYear): boolean {
  return country.candidacyArticles > 0 && country.status !== 'member';
}

/**
 * The one list of "candidates" every view states (the map's hatch and legend count, story captions,
 * the table): countries named as candidates in the articles up to the year that are not yet members.
 */
export function openCandidates(membership: MembershipYear): CountryInYear[] {
  return [...membership.values()].filter(hasOpenCandidacy);
}
