import { asOfDay } from './statusInYear';
import { currentYear, FIRST_YEAR } from './years';

/** What "now" means for the data: the map's last year and the day its current year stands for. */
export interface DataClock {
  /** The map's last year (this year, or the reference year when the data is ahead of the clock). */
  lastYear: number;
  /** ISO day the current year stands for (asOfDay in statusInYear.ts). */
  asOf: string;
}

// One "today" per page load, so that the map, its captions and exports agree about the current
// year, and nothing changes under the viewer at midnight.
const SESSION_TODAY = new Date();

export function dataClock(referenceAsOf: string, today: Date = SESSION_TODAY): DataClock {
  return { lastYear: currentYear(referenceAsOf, today), asOf: asOfDay(referenceAsOf, today) };
}

/** The map's year for a view state (a story step, the store): its year, else the end of its range, else the last year; within the years the map shows. */
export function viewYear(state: { year?: number | null; range?: readonly [number, number] | null }, clock: Pick<DataClock, 'lastYear'>): number {
  const year = state.year ?? state.range?.[1] ?? clock.lastYear;
  return Math.min(clock.lastYear, Math.max(FIRST_YEAR, year));
}
