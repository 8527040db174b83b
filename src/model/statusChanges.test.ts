import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../tests/fixtures/membershipFixture';
import { changeHeading, groupChanges, statusChanges, statusChangesByYear } from './statusChanges';
import { statusInYear } from './statusInYear';

const data = makeScoFixture();
const AS_OF = '2026-11-23';
const summary = (year: number) => statusChanges(data, year, AS_OF).map((c) => `${c.name}: ${c.previous ?? 'none'} → ${c.status ?? 'none'}${c.onMap ? '' : ' (not on map)'}`);

describe('statusChanges', () => {
  it('lists Belarus joining in 2024, with the date and the source behind it', () => {
    const [belarus, ...rest] = statusChanges(data, 2024, AS_OF);
    expect(rest).toEqual([]);
    expect(belarus).toMatchObject({ iso3: 'BLR', name: 'Belarus', status: 'member', previous: 'observer', onMap: true, date: '2024-07-04' });
    expect(belarus?.sources).toEqual([{ id: 'S22', publisher: 'Publisher S22', url: 'https://example.org/S22' }]);
    expect(belarus?.missingSources).toEqual([]);
  });

  it('lists an application made while a stronger status was held, but not as a change of colour', () => {
    expect(summary(2014)).toEqual(['India: observer → applicant (not on map)']);
    expect(summary(2022)).toContain('Belarus: observer → applicant (not on map)');
  });

  it('does not list an application again where its record picks up on a better source (Iran, Feb 2015)', () => {
    expect(summary(2008)).toContain('Iran: observer → applicant (not on map)');
    expect(summary(2015).filter((line) => line.startsWith('Iran'))).toEqual([]);
  });

  it('does not count the Shanghai Five becoming the SCO in 2001 as a change for the five', () => {
    expect(summary(2001)).toEqual(['Uzbekistan: none → member']);
  });

  it('orders by date, then by name', () => {
    const changes = statusChanges(data, 2015, AS_OF);
    const dates = changes.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    expect(changes.map((c) => c.name)).toContain('Syria');
  });

  it('agrees with statusInYear: every change on the map is a year-end status that differs from the year before', () => {
    for (let year = 1996; year <= 2026; year += 1) {
      const onMap = new Map(statusChanges(data, year, AS_OF).filter((c) => c.onMap).map((c) => [c.iso3, c.status]));
      for (const country of data.countries) {
        const now = statusInYear(country, year, AS_OF);
        const changed = now !== statusInYear(country, year - 1, AS_OF);
        expect(onMap.has(country.iso3), `${country.name} in ${year}`).toBe(changed);
        if (changed) expect(onMap.get(country.iso3)).toBe(now);
      }
    }
  });

  it('keeps a source id the data does not define, so the gap shows', () => {
    const broken = { ...data, sources: data.sources.filter((s) => s.id !== 'S22') };
    expect(statusChanges(broken, 2024, AS_OF)[0]).toMatchObject({ sources: [], missingSources: ['S22'] });
  });

  it('reports a status that ends without a successor as lost', () => {
    const lapsed = { countries: [{ iso3: 'XYZ', name: 'Lapsed', statuses: [{ status: 'observer' as const, from: '2010', to: '2012-03', sources: ['S1'] }], mentions: [] }], sources: [] };
    expect(statusChanges(lapsed, 2012, AS_OF)).toMatchObject([{ status: null, previous: 'observer', date: '2012-03', onMap: true }]);
  });

  it('gives only the years with changes, by year', () => {
    const byYear = statusChangesByYear(data, 1996, 2026, AS_OF);
    expect(byYear.has(2014)).toBe(true);
    expect(byYear.has(2013)).toBe(false);
    expect(byYear.get(2017)?.map((c) => c.name)).toEqual(['India', 'Pakistan']);
  });
});

describe('groupChanges', () => {
  it('puts Tianjin’s new partners in one group, one line per set of sources', () => {
    const groups = groupChanges(statusChanges(data, 2025, AS_OF));
    const partners = groups.find((g) => g.status === 'partner');
    expect(partners?.heading).toBe('Became partners');
    expect(partners?.date).toBe('2025-09-01');
    expect(partners?.lines).toHaveLength(1);
    expect(partners?.lines[0]?.names).toHaveLength(17);
    expect(partners?.lines[0]?.sources.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('keeps different sources apart within one group', () => {
    const twoSources = [
      { iso3: 'AAA', name: 'A', status: 'observer' as const, previous: null, onMap: true, date: '2010', sources: [{ id: 'S1', publisher: 'P1', url: 'https://e.org/1' }], missingSources: [] },
      { iso3: 'BBB', name: 'B', status: 'observer' as const, previous: null, onMap: true, date: '2010', sources: [{ id: 'S2', publisher: 'P2', url: 'https://e.org/2' }], missingSources: [] },
    ];
    const [group] = groupChanges(twoSources);
    expect(group?.heading).toBe('Became observers');
    expect(group?.lines.map((l) => l.names)).toEqual([['A'], ['B']]);
  });
});

describe('changeHeading', () => {
  it('agrees with the count', () => {
    expect(changeHeading('member', 1)).toBe('Became a member');
    expect(changeHeading('dialogue-partner', 3)).toBe('Became dialogue partners');
    expect(changeHeading('applicant', 2)).toBe('Applied');
    expect(changeHeading(null, 1)).toBe('Lost its status');
  });
});
