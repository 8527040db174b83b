import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusPeriod } from './schema';
import { makeScoFixture } from '../../tests/fixtures/membershipFixture';
import { asOfDay, partialDateStart, statusInYear, STATUS_STRENGTH, strongestPeriodAt, yearEndPoint } from './statusInYear';

const data = makeScoFixture();
const country = (iso3: string) => {
  const found = data.countries.find((c) => c.iso3 === iso3);
  if (found === undefined) throw new Error(`fixture has no ${iso3}`);
  return found;
};
const AS_OF = '2026-11-23';

describe('partialDateStart', () => {
  it('reads a year or a month as its first day', () => {
    expect(partialDateStart('2015')).toBe('2015-01-01');
    expect(partialDateStart('2015-07')).toBe('2015-07-01');
    expect(partialDateStart('2015-07-10')).toBe('2015-07-10');
  });
});

describe('yearEndPoint and asOfDay', () => {
  it('uses the last day of a past year and today for the current year', () => {
    expect(yearEndPoint(2020, AS_OF)).toBe('2020-12-31');
    expect(yearEndPoint(2026, AS_OF)).toBe(AS_OF);
  });

  it('never lets a slow clock hide facts newer than today', () => {
    expect(asOfDay('2025-09-01', new Date('2025-03-01T12:00:00Z'))).toBe('2025-09-01');
    expect(asOfDay('2025-09', new Date('2026-11-23T12:00:00Z'))).toBe('2026-11-23');
  });
});

describe('statusInYear on the membership history', () => {
  it('has Belarus as an observer in 2020 and 2023, a member from 2024', () => {
    expect(statusInYear(country('BLR'), 2012, AS_OF)).toBe('dialogue-partner');
    expect(statusInYear(country('BLR'), 2015, AS_OF)).toBe('observer');
    expect(statusInYear(country('BLR'), 2020, AS_OF)).toBe('observer');
    // Observer and applicant overlap in 2022–2023: the stronger status wins.
    expect(statusInYear(country('BLR'), 2023, AS_OF)).toBe('observer');
    expect(statusInYear(country('BLR'), 2024, AS_OF)).toBe('member');
  });

  it('has India and Pakistan as members from 2017, observers before', () => {
    for (const iso3 of ['IND', 'PAK']) {
      expect(statusInYear(country(iso3), 2004, AS_OF)).toBeNull();
      expect(statusInYear(country(iso3), 2016, AS_OF)).toBe('observer');
      expect(statusInYear(country(iso3), 2017, AS_OF)).toBe('member');
    }
  });

  it('has Iran as a member from 2023', () => {
    expect(statusInYear(country('IRN'), 2022, AS_OF)).toBe('observer');
    expect(statusInYear(country('IRN'), 2023, AS_OF)).toBe('member');
  });

  it('counts the Shanghai Five founders as members from 1996, Uzbekistan from 2001', () => {
    expect(statusInYear(country('CHN'), 1995, AS_OF)).toBeNull();
    expect(statusInYear(country('CHN'), 1996, AS_OF)).toBe('member');
    expect(statusInYear(country('CHN'), 2001, AS_OF)).toBe('member');
    expect(statusInYear(country('UZB'), 2000, AS_OF)).toBeNull();
    expect(statusInYear(country('UZB'), 2001, AS_OF)).toBe('member');
  });

  it('switches observers and dialogue partners to partner at Tianjin, not before', () => {
    expect(statusInYear(country('MNG'), 2024, AS_OF)).toBe('observer');
    expect(statusInYear(country('MNG'), 2025, AS_OF)).toBe('partner');
    expect(statusInYear(country('TUR'), 2025, '2025-08-31')).toBe('dialogue-partner');
    expect(statusInYear(country('TUR'), 2025, '2025-09-01')).toBe('partner');
  });

  it('shows a partner that has applied for membership as a partner', () => {
    expect(statusInYear(country('AZE'), 2025, AS_OF)).toBe('partner');
  });
});

describe('strongestPeriodAt', () => {
  const status = fc.constantFrom(...STATUS_STRENGTH);
  const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const period: fc.Arbitrary<StatusPeriod> = fc
    .record({ status, a: day, b: fc.option(day, { nil: undefined }) })
    .map(({ status: s, a, b }) => (b === undefined ? { status: s, from: a, sources: ['S1'] } : { status: s, from: a < b ? a : b, to: a < b ? b : a, sources: ['S1'] }));

  it('returns a held period that no other held period outranks', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 6 }), day, (periods, at) => {
        const best = strongestPeriodAt(periods, at);
        const held = periods.filter((p) => p.from <= at && (p.to === undefined || at < p.to));
        if (held.length === 0) return best === null;
        const rank = (p: StatusPeriod) => STATUS_STRENGTH.indexOf(p.status);
        return best !== null && held.includes(best) && held.every((p) => rank(best) <= rank(p));
      }),
      { numRuns: 300 },
    );
  });
});
