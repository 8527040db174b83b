import { formatPartialDate } from '../../model/partialDate';
import type { Source, StatusKind, StatusPeriod } from '../../model/schema';
import { isVerifiedPeriod } from '../../model/sourceReliability';
import { partialDateStart } from '../../model/statusInYear';
import { periodLabel } from '../../model/statusLabels';

/** A date as a fractional year (2015-07-01 → 2015.5), to place it on a year axis. */
export function fractionalYear(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

export interface HistoryRow {
  status: StatusKind;
  /** "Observer", "Applicant for membership". */
  label: string;
  /** False when only weak sources support the period. */
  verified: boolean;
  /** "Jul 2015 – 4 Jul 2024", "since 4 Jul 2024". */
  when: string;
  note: string | undefined;
  sources: Source[];
  /** Unknown source ids are kept so a broken reference shows instead of vanishing. */
  missingSources: string[];
  /** Position on the panel's axis, 0–1. */
  start: number;
  end: number;
  ongoing: boolean;
}

/** A country's status periods as rows of a small timeline from `firstYear` to the as-of day. */
export function statusHistory(periods: readonly StatusPeriod[], sources: ReadonlyMap<string, Source>, firstYear: number, asOf: string): HistoryRow[] {
  const axisStart = firstYear;
  const axisEnd = fractionalYear(asOf);
  const position = (isoDay: string) => Math.min(1, Math.max(0, (fractionalYear(isoDay) - axisStart) / (axisEnd - axisStart)));
  return [...periods]
    .sort((a, b) => (partialDateStart(a.from) < partialDateStart(b.from) ? -1 : partialDateStart(a.from) > partialDateStart(b.from) ? 1 : 0))
    .map((period) => {
      const ongoing = period.to === undefined;
      const found = period.sources.map((id) => sources.get(id));
      return {
        status: period.status,
        label: periodLabel(period),
        verified: isVerifiedPeriod(period, sources),
        when: ongoing ? `since ${formatPartialDate(period.from)}` : `${formatPartialDate(period.from)} – ${formatPartialDate(period.to ?? '')}`,
        note: period.note,
        sources: found.filter((s): s is Source => s !== undefined),
        missingSources: period.sources.filter((_, i) => found[i] === undefined),
        start: position(partialDateStart(period.from)),
        end: ongoing ? 1 : position(partialDateStart(period.to ?? period.from)),
        ongoing,
      };
    });
}

/** Labels closer than this many years would run into each other on a panel-wide axis. */
const MIN_TICK_GAP = 5;

/** Year ticks for the small timeline: first, last and the decades between that leave room for their labels. */
export function historyTicks(firstYear: number, lastYear: number, asOf: string): { year: number; at: number }[] {
  const axisEnd = fractionalYear(asOf);
  const years = [firstYear];
  for (let y = Math.ceil((firstYear + MIN_TICK_GAP) / 10) * 10; y <= lastYear - MIN_TICK_GAP; y += 10) years.push(y);
  years.push(lastYear);
  return years.map((year) => ({ year, at: Math.min(1, (year - firstYear) / (axisEnd - firstYear)) }));
}

/** Where the end of a map year falls on the small timeline (0–1): the "you are here" line. */
export function yearEndPosition(year: number, firstYear: number, asOf: string): number {
  const axisEnd = fractionalYear(asOf);
  return Math.min(1, Math.max(0, (year + 1 - firstYear) / (axisEnd - firstYear)));
}
