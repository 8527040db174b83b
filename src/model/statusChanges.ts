/**
 * What changed in a year: the status changes the map, its "What changed" list, the slider marks
 * and story captions all state. One pure module, so a caption can never name a newcomer the list
 * beside the slider leaves out.
 */
import { compareNames } from './compareNames';
import type { PartialDate, Source, StatusKind, StatusPeriod } from './schema';
import type { CoreCountry, ScoCore } from './core';
import { joinWithAnd } from './englishList';
import { partialDateStart, strongestPeriodAt, yearEndPoint } from './statusInYear';

export interface StatusChange {
  iso3: string;
  name: string;
  /** The status the change leads to: for an application, 'applicant'; null when a status was lost. */
  status: StatusKind | null;
  /** The strongest status held at the end of the year before. */
  previous: StatusKind | null;
  /**
   * True when the map's colour changes (the strongest status held differs from the year before);
   * false for an application made while a stronger status was held (India, an observer, applying).
   */
  onMap: boolean;
  /** When it happened: the new status's start (for a loss, the old status's end). */
  date: PartialDate;
  /** The sources of the period behind the change, in the period's order. */
  sources: Source[];
  /** Source ids the data does not define: kept so a broken reference shows instead of vanishing. */
  missingSources: string[];
}

/** The core's countries and sources, or the map file's (the same, without the mentions). */
export type ChangesData = { countries: ReadonlyArray<Pick<CoreCountry, 'iso3' | 'name' | 'statuses'>>; sources: ScoCore['sources'] };

const byDateThenName = (a: StatusChange, b: StatusChange) =>
  partialDateStart(a.date) < partialDateStart(b.date) ? -1 : partialDateStart(a.date) > partialDateStart(b.date) ? 1 : compareNames(a.name, b.name);

function withSources(change: Omit<StatusChange, 'sources' | 'missingSources'>, period: StatusPeriod, sources: ReadonlyMap<string, Source>): StatusChange {
  const found = period.sources.map((id) => sources.get(id));
  return {
    ...change,
    sources: found.filter((s): s is Source => s !== undefined),
    missingSources: period.sources.filter((_, i) => found[i] === undefined),
  };
}

/**
 * An application period that picks up the day an earlier one for the same thing ends is the same
 * application (Iran's: on a weak source from 2008, on TASS from Feb 2015), not a new one.
 */
function continuesApplication(period: StatusPeriod, periods: readonly StatusPeriod[]): boolean {
  return periods.some((p) => p !== period && p.status === 'applicant' && p.appliedFor === period.appliedFor && p.to === period.from);
}

function startsIn(period: StatusPeriod, year: number): boolean {
  return Number(period.from.slice(0, 4)) === year;
}

/** One country's changes in `year`, given what it held at the end of the year before. */
function countryChanges(country: Pick<CoreCountry, 'iso3' | 'name' | 'statuses'>, year: number, asOf: string, sources: ReadonlyMap<string, Source>): StatusChange[] {
  const day = yearEndPoint(year, asOf);
  const now = strongestPeriodAt(country.statuses, day);
  const before = strongestPeriodAt(country.statuses, yearEndPoint(year - 1, asOf));
  const base = { iso3: country.iso3, name: country.name, previous: before?.status ?? null };
  const changes: StatusChange[] = [];
  if ((now?.status ?? null) !== (before?.status ?? null)) {
    if (now !== null) changes.push(withSources({ ...base, status: now.status, onMap: true, date: now.from }, now, sources));
    else if (before !== null) changes.push(withSources({ ...base, status: null, onMap: true, date: before.to ?? day }, before, sources));
  }
  // An application made that year while a stronger status was held does not change the colour,
  // but it is news: Belarus, an observer, applied for membership in 2022.
  for (const period of country.statuses) {
    if (period.status !== 'applicant' || now?.status === 'applicant' || !startsIn(period, year)) continue;
    if (partialDateStart(period.from) > day || continuesApplication(period, country.statuses)) continue;
    changes.push(withSources({ ...base, status: 'applicant', onMap: false, date: period.from }, period, sources));
  }
  return changes;
}

/** Every status change in `year` (as of `asOf` for the current year), by date, then by name. */
export function statusChanges(data: ChangesData, year: number, asOf: string): StatusChange[] {
  return changesIn(data.countries, year, asOf, sourceMap(data));
}

function sourceMap(data: ChangesData): Map<string, Source> {
  return new Map(data.sources.map((s) => [s.id, s]));
}

function changesIn(countries: ChangesData['countries'], year: number, asOf: string, sources: ReadonlyMap<string, Source>): StatusChange[] {
  return countries.flatMap((country) => countryChanges(country, year, asOf, sources)).sort(byDateThenName);
}

/** The changes of every year from `firstYear` to `lastYear` that has any (the slider's marks). */
export function statusChangesByYear(data: ChangesData, firstYear: number, lastYear: number, asOf: string): Map<number, StatusChange[]> {
  const sources = sourceMap(data);
  const byYear = new Map<number, StatusChange[]>();
  for (let year = firstYear; year <= lastYear; year += 1) {
    const changes = changesIn(data.countries, year, asOf, sources);
    if (changes.length > 0) byYear.set(year, changes);
  }
  return byYear;
}

const CHANGE_WORDS: Record<StatusKind | 'none', { one: string; many: string }> = {
  member: { one: 'Became a member', many: 'Became members' },
  partner: { one: 'Became a partner', many: 'Became partners' },
  observer: { one: 'Became an observer', many: 'Became observers' },
  'dialogue-partner': { one: 'Became a dialogue partner', many: 'Became dialogue partners' },
  applicant: { one: 'Applied', many: 'Applied' },
  none: { one: 'Lost its status', many: 'Lost their status' },
};

/** What a change did, as a heading for `count` countries: "Became a partner", "Became partners", "Applied". */
export function changeHeading(status: StatusKind | null, count: number): string {
  const words = CHANGE_WORDS[status ?? 'none'];
  return count === 1 ? words.one : words.many;
}

/**
 * The changes as one sentence, grouped by the new status in first-seen order:
 * "India and Pakistan became members; Belarus applied". Empty for no change.
 */
export function changeSentence(changes: readonly Pick<StatusChange, 'name' | 'status'>[]): string {
  const groups = new Map<StatusKind | null, string[]>();
  for (const change of changes) groups.set(change.status, [...(groups.get(change.status) ?? []), change.name]);
  return [...groups].map(([status, names]) => `${joinWithAnd(names)} ${changeHeading(status, names.length).toLowerCase()}`).join('; ');
}

/** Countries that changed the same way on the same day on the same sources: one line of the list. */
export interface ChangeLine {
  names: string[];
  iso3s: string[];
  sources: Source[];
  missingSources: string[];
}

/** The changes of one kind on one day. */
export interface ChangeGroup {
  status: StatusKind | null;
  date: PartialDate;
  /** "Became partners": for all the group's countries. */
  heading: string;
  lines: ChangeLine[];
}

/**
 * The changes grouped for reading: one group per new status and day (Tianjin's 17 new partners are
 * one group), and within it one line per set of sources, so each country keeps its own sources
 * without repeating the same four links seventeen times.
 */
export function groupChanges(changes: readonly StatusChange[]): ChangeGroup[] {
  const groups = new Map<string, { status: StatusKind | null; date: PartialDate; lines: Map<string, ChangeLine> }>();
  for (const change of changes) {
    const key = `${change.status ?? 'none'}|${change.date}`;
    const group = groups.get(key) ?? { status: change.status, date: change.date, lines: new Map<string, ChangeLine>() };
    groups.set(key, group);
    const sourceKey = [...change.sources.map((s) => s.id), ...change.missingSources].join(' ');
    const line = group.lines.get(sourceKey) ?? { names: [], iso3s: [], sources: change.sources, missingSources: change.missingSources };
    group.lines.set(sourceKey, line);
    line.names.push(change.name);
    line.iso3s.push(change.iso3);
  }
  return [...groups.values()].map((g) => {
    const lines = [...g.lines.values()].sort((a, b) => b.names.length - a.names.length);
    const count = lines.reduce((n, l) => n + l.names.length, 0);
    return { status: g.status, date: g.date, heading: changeHeading(g.status, count), lines };
  });
}
