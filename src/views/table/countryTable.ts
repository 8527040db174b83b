/**
 * The country table's rows, from the same model functions the other views use: status from
 * membershipInYear (the map), candidates as the map hatches them, experts and quotes from
 * countryRelations (the map's details and the network's country filter), in the store's scope.
 */
import type { Cell } from '../../model/csv';
import { countryRelations, NO_RELATIONS, type RelationScope } from '../../model/countryRelations';
import { hasOpenCandidacy, membershipInYear, type MembershipData } from '../../model/membershipInYear';
import { CANDIDATE_KIND_LABEL, type CANDIDATE_KINDS, type StatusKind } from '../../model/schema';
import type { ScoCore } from '../../model/core';
import { STATUS_STRENGTH } from '../../model/statusInYear';
import { applicationPhrase, periodLabel, statusLabel } from '../../model/statusLabels';
import { formatPartialDate } from '../../model/partialDate';

type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export interface CountryRow {
  iso3: string;
  name: string;
  status: StatusKind | null;
  /** "Applicant for observer status", "No status". */
  statusText: string;
  /** False when only weak sources support the status. */
  verified: boolean;
  /** The status's start, a partial date; null without a status. */
  since: string | null;
  /** Applications open beside the status ("Applied for membership, Jul 2025"). */
  applications: string[];
  /** Articles up to the year that name the country as a candidate, while it is not yet a member. */
  candidacyArticles: number;
  candidacyKinds: CandidateKind[];
  expertsFrom: number;
  expertsSpokeAbout: number;
  quotesFrom: number;
  quotesAbout: number;
}

export type TableData = MembershipData & Pick<ScoCore, 'experts' | 'links'>;

/** One row per country in the data (and per candidate the country list lacks), unsorted. */
export function countryRows(data: TableData, year: number, asOf: string, scope: RelationScope): CountryRow[] {
  const membership = membershipInYear(data, year, asOf);
  const relations = countryRelations(data, scope);
  return [...membership.values()].map((country) => {
    const related = relations.get(country.iso3) ?? NO_RELATIONS;
    const open = hasOpenCandidacy(country);
    return {
      iso3: country.iso3,
      name: country.name,
      status: country.status,
      statusText: country.period === null ? statusLabel('none') : periodLabel(country.period),
      verified: country.verified,
      since: country.period?.from ?? null,
      applications: country.openApplications.map(applicationPhrase),
      candidacyArticles: open ? country.candidacyArticles : 0,
      candidacyKinds: open ? [...country.candidacyKinds].sort() : [],
      expertsFrom: related.from.length,
      expertsSpokeAbout: related.spokeAbout.length,
      quotesFrom: related.quotesFrom.length,
      quotesAbout: related.quotesAbout.length,
    };
  });
}

export const COLUMN_KEYS = ['country', 'status', 'since', 'candidacy', 'expertsFrom', 'expertsSpokeAbout', 'quotesFrom', 'quotesAbout'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  column: ColumnKey;
  direction: SortDirection;
}

/** Strongest status first, as the map's legend lists them: the order a table opens in. */
export const DEFAULT_SORT: SortOrder = { column: 'status', direction: 'ascending' };

const byName = new Intl.Collator('en').compare;
const statusRank = (status: StatusKind | null) => (status === null ? STATUS_STRENGTH.length : STATUS_STRENGTH.indexOf(status));

/** Comparable value of a row in a column; numbers sort numerically, text by collation. */
function sortValue(row: CountryRow, column: ColumnKey): number | string {
  switch (column) {
    case 'country':
      return row.name;
    case 'status':
      return statusRank(row.status);
    case 'since':
      // Rows without a status go last either way round: they have no "since".
      return row.since ?? '';
    case 'candidacy':
      return row.candidacyArticles;
    default:
      return row[column];
  }
}

/**
 * The rows in the chosen order; ties (and rows without a value, such as no "since") fall back to the
 * country's name, so the order never depends on the data's order.
 */
export function sortRows(rows: readonly CountryRow[], { column, direction }: SortOrder): CountryRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (column === 'since' && (x === '') !== (y === '')) return x === '' ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : byName(String(x), String(y));
    return sign * order || byName(a.name, b.name);
  });
}

/** A click on a column's header: the same column flips its direction, another starts ascending. */
export function nextSort(current: SortOrder, column: ColumnKey): SortOrder {
  if (current.column !== column) return { column, direction: column === 'country' || column === 'status' || column === 'since' ? 'ascending' : 'descending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export const CSV_COLUMNS = [
  'iso3',
  'country',
  'status',
  'status_text',
  'verified',
  'status_since',
  'open_applications',
  'candidate_articles',
  'candidate_kinds',
  'experts_from',
  'experts_spoke_about',
  'quotes_by_its_experts',
  'quotes_naming_it',
];

/** The table as CSV rows, in the order shown. */
export function csvRows(rows: readonly CountryRow[]): Cell[][] {
  return rows.map((r) => [
    r.iso3,
    r.name,
    r.status ?? 'none',
    r.statusText,
    r.verified,
    r.since,
    r.applications.join('; '),
    r.candidacyArticles,
    r.candidacyKinds.join(' '),
    r.expertsFrom,
    r.expertsSpokeAbout,
    r.quotesFrom,
    r.quotesAbout,
  ]);
}

/** "Jul 2015", or "—" without a status. */
export function sinceText(row: Pick<CountryRow, 'since'>): string {
  return row.since === null ? '—' : formatPartialDate(row.since);
}

/** "Named in 1 article (observer status)", or "—". */
export function candidacyText(row: Pick<CountryRow, 'candidacyArticles' | 'candidacyKinds'>): string {
  if (row.candidacyArticles === 0) return '—';
  return `Named in ${row.candidacyArticles} ${row.candidacyArticles === 1 ? 'article' : 'articles'} (${row.candidacyKinds.map((kind) => CANDIDATE_KIND_LABEL[kind]).join(', ')})`;
}
