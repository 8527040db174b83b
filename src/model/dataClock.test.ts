import { describe, expect, it } from 'vitest';
import { dataClock, viewYear } from './dataClock';

const CLOCK = dataClock('2025-09-01', new Date('2026-11-23T12:00:00Z'));

describe('dataClock', () => {
  it('runs to this year, and to the reference year when the data is ahead of the clock', () => {
    expect(CLOCK.lastYear).toBe(2026);
    expect(dataClock('2027-01-05', new Date('2026-11-23T12:00:00Z')).lastYear).toBe(2027);
  });
});

describe('viewYear', () => {
  it('takes the year, else the end of the range, else the last year, within the map’s years', () => {
    expect(viewYear({ year: 2017 }, CLOCK)).toBe(2017);
    expect(viewYear({ range: [2022, 2024] }, CLOCK)).toBe(2024);
    expect(viewYear({ year: null, range: null }, CLOCK)).toBe(2026);
    expect(viewYear({}, CLOCK)).toBe(2026);
    expect(viewYear({ year: 1990 }, CLOCK)).toBe(1996);
    expect(viewYear({ year: 2090 }, CLOCK)).toBe(2026);
  });
});
