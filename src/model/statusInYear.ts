import type { StatusKind, StatusPeriod } from './schema';
import type { CoreCountry } from './core';

/**
 * Strongest first. When periods overlap (an observer that has also applied for membership),
 * the map shows the strongest status held.
 */
export const STATUS_STRENGTH: readonly StatusKind[] = ['member', 'partner', 'observer', 'dialogue-partner', 'applicant'];

const strengthOf = (status: StatusKind) => STATUS_STRENGTH.indexOf(status);

/**
 * The first day a partial date can mean: "2015-07" → "2015-07-01".
 * A period starts on that day and ends on the first day of its `to`, so "to 2015-07" has ended by the end of 2015.
 */
export function partialDateStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The ISO date of a `Date` in UTC, so the result does not depend on the viewer's time zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The moment a map year stands for: the end of that year, or for the current year the day the data
 * speaks for (today, or the reference date when that lies later, e.g. a machine whose clock is behind).
 */
export function yearEndPoint(year: number, asOf: string): string {
  const end = `${year}-12-31`;
  return end < asOf ? end : asOf;
}

/** The "as of" day for the current year: the later of today and the data's reference date. */
export function asOfDay(referenceAsOf: string, today: Date): string {
  const reference = partialDateStart(referenceAsOf);
  const now = isoDay(today);
  return reference > now ? reference : now;
}

export function periodHeldAt(period: StatusPeriod, day: string): boolean {
  return partialDateStart(period.from) <= day && (period.to === undefined || day < partialDateStart(period.to));
}

/** The strongest period held on that day, or null when the country had no SCO status then. */
export function strongestPeriodAt(periods: readonly StatusPeriod[], day: string): StatusPeriod | null {
  let best: StatusPeriod | null = null;
  for (const period of periods) {
    if (!periodHeldAt(period, day)) continue;
    if (best === null || strengthOf(period.status) < strengthOf(best.status)) best = period;
  }
  return best;
}

/** The status a country held at the end of `year` (as of `asOf` for the current year). */
export function statusInYear(country: Pick<CoreCountry, 'statuses'>, year: number, asOf: string): StatusKind | null {
  return strongestPeriodAt(country.statuses, yearEndPoint(year, asOf))?.status ?? null;
}
