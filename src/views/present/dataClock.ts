import { useMemo } from 'react';
import type { ScoData } from '../../model/schema';
import { asOfDay } from '../../model/statusInYear';
import type { DataClock } from './captionFacts';
import { currentYear } from '../../model/years';

// One "today" per page load, as the map keeps it, so captions and the map agree about the current year.
const SESSION_TODAY = new Date();

export function dataClock(referenceAsOf: string, today: Date = SESSION_TODAY): DataClock {
  return { lastYear: currentYear(referenceAsOf, today), asOf: asOfDay(referenceAsOf, today) };
}

export function useDataClock(data: Pick<ScoData, 'referenceAsOf'>): DataClock {
  return useMemo(() => dataClock(data.referenceAsOf), [data.referenceAsOf]);
}
