import { describe, expect, it } from 'vitest';
import { csvTable } from '../../model/csv';
import { makeNetworkData } from '../../../tests/fixtures/networkFixture';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { candidacyText, countryRows, CSV_COLUMNS, csvRows, DEFAULT_SORT, nextSort, sinceText, sortRows } from './countryTable';

const AS_OF = '2026-11-23';
const ALL = { range: null, themes: [] };

describe('countryRows', () => {
  const data = makeScoFixture();

  it('gives each country its status in the year, since when, and what an applicant applied for', () => {
    const rows = countryRows(data, 2023, AS_OF, ALL);
    const row = (iso3: string) => rows.find((r) => r.iso3 === iso3);
    expect(row('BLR')).toMatchObject({ statusText: 'Observer', since: '2015-07', applications: ['Applied for membership, Jul 2022'], verified: true });
    expect(row('SYR')).toMatchObject({ status: 'applicant', statusText: 'Applicant for observer status' });
    expect(row('BEL')).toMatchObject({ status: null, statusText: 'No status', since: null });
    expect(sinceText(row('BEL') ?? { since: null })).toBe('—');
    expect(rows).toHaveLength(data.countries.length);
  });

  it('counts candidacies as the map hatches them: not once the country is a member', () => {
    const rows = countryRows(data, 2024, AS_OF, ALL);
    expect(candidacyText(rows.find((r) => r.iso3 === 'QAT') ?? { candidacyArticles: 0, candidacyKinds: [] })).toBe('Named in 1 article (interest)');
    expect(rows.filter((r) => r.candidacyArticles > 0).map((r) => r.iso3).sort()).toEqual(['AZE', 'BGD', 'LAO', 'QAT']);
  });

  it('counts experts from a country and experts who spoke about it in the scope', () => {
    const network = makeNetworkData();
    const kaz = (scope: { range: [number, number] | null; themes: string[] }) => countryRows(network, 2024, AS_OF, scope).find((r) => r.iso3 === 'KAZ');
    expect(kaz(ALL)).toMatchObject({ expertsFrom: 6, expertsSpokeAbout: 1, quotesFrom: 8, quotesAbout: 1 });
    expect(kaz({ range: [2022, 2022], themes: [] })).toMatchObject({ expertsFrom: 1, expertsSpokeAbout: 0 });
    expect(kaz({ range: null, themes: ['geopolitics'] })).toMatchObject({ expertsFrom: 1, expertsSpokeAbout: 1, quotesFrom: 1, quotesAbout: 1 });
  });
});

describe('sortRows', () => {
  const rows = countryRows(makeScoFixture(), 2023, AS_OF, ALL);
  const names = (order: Parameters<typeof sortRows>[1]) => sortRows(rows, order).map((r) => r.name);

  it('opens with the strongest status first, then by name', () => {
    const sorted = names(DEFAULT_SORT);
    expect(sorted.slice(0, 3)).toEqual(['China', 'India', 'Iran']);
    expect(sorted[sorted.length - 1]).toBe('Laos');
  });

  it('sorts by name, date and count both ways, keeping rows without a date last', () => {
    expect(names({ column: 'country', direction: 'descending' })[0]).toBe('Uzbekistan');
    const bySince = sortRows(rows, { column: 'since', direction: 'ascending' });
    expect(bySince[0]?.name).toBe('China');
    expect(bySince[bySince.length - 1]?.since).toBeNull();
    expect(sortRows(rows, { column: 'since', direction: 'descending' }).at(-1)?.since).toBeNull();
    expect(names({ column: 'expertsFrom', direction: 'descending' }).slice(0, 2)).toEqual(['Kazakhstan', 'Azerbaijan']);
  });

  it('flips the direction on the same column, and starts counts with the largest', () => {
    expect(nextSort(DEFAULT_SORT, 'status')).toEqual({ column: 'status', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'expertsFrom')).toEqual({ column: 'expertsFrom', direction: 'descending' });
    expect(nextSort(DEFAULT_SORT, 'country')).toEqual({ column: 'country', direction: 'ascending' });
  });
});

describe('csvRows', () => {
  it('writes the rows in the order shown, one column per header', () => {
    const rows = sortRows(countryRows(makeScoFixture(), 2023, AS_OF, ALL), { column: 'country', direction: 'ascending' });
    const lines = csvTable(CSV_COLUMNS, csvRows(rows)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.find((l) => l.startsWith('BLR,'))).toBe('BLR,Belarus,observer,Observer,true,2015-07,"Applied for membership, Jul 2022",0,,0,0,0,0');
  });
});
