import { describe, expect, it } from 'vitest';
import type { Source } from '../../model/schema';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { countryDirectory, matchCountries } from './countryDirectory';
import { foldForSearch } from '../../model/textSearch';
import { englishNamesByIso3 } from '../../model/countryNames';
import { fractionalYear, historyTicks, statusHistory } from './statusHistory';
import type { WorldShape } from './worldShapes';
import { formatPartialDate } from '../../model/partialDate';

const data = makeScoFixture();

describe('statusHistory', () => {
  const sources = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
  const belarus = data.countries.find((c) => c.iso3 === 'BLR');

  it('lays out Belarus’s four periods in order with their sources', () => {
    const rows = statusHistory(belarus?.statuses ?? [], sources, 1996, '2026-11-23');
    expect(rows.map((r) => [r.status, r.when])).toEqual([
      ['dialogue-partner', '2010 – Jul 2015'],
      ['observer', 'Jul 2015 – 4 Jul 2024'],
      ['applicant', 'Jul 2022 – 4 Jul 2024'],
      ['member', 'since 4 Jul 2024'],
    ]);
    expect(rows[1]?.sources.map((s) => s.id)).toEqual(['S21']);
    const member = rows[3];
    expect(member?.ongoing).toBe(true);
    expect(member?.end).toBe(1);
    expect(rows[0]?.start).toBeCloseTo((2010 - 1996) / (fractionalYear('2026-11-23') - 1996), 5);
    expect(rows.every((r) => r.start >= 0 && r.start <= r.end && r.end <= 1)).toBe(true);
  });

  it('keeps a source id it cannot resolve visible', () => {
    const rows = statusHistory([{ status: 'observer', from: '2005', sources: ['S1', 'S999'] }], sources, 1996, '2026-11-23');
    expect(rows[0]?.missingSources).toEqual(['S999']);
  });

  it('formats partial dates at their own precision', () => {
    expect(formatPartialDate('2010')).toBe('2010');
    expect(formatPartialDate('2015-07')).toBe('Jul 2015');
    expect(formatPartialDate('2024-07-04')).toBe('4 Jul 2024');
    expect(fractionalYear('2020-01-01')).toBe(2020);
  });

  it('ticks the first year, the decades with room for a label, and the last year', () => {
    expect(historyTicks(1996, 2026, '2026-11-23').map((t) => t.year)).toEqual([1996, 2010, 2020, 2026]);
    expect(historyTicks(1996, 2023, '2023-11-23').map((t) => t.year)).toEqual([1996, 2010, 2023]);
  });
});

describe('country directory and search', () => {
  const shapes = [
    { key: 'TUR', iso3: 'TUR', name: 'Turkey' },
    { key: 'ARE', iso3: 'ARE', name: 'United Arab Emirates' },
    { key: 'unnamed-Kosovo', iso3: null, name: 'Kosovo' },
    { key: 'IND', iso3: 'IND', name: 'India' },
    { key: 'IDN', iso3: 'IDN', name: 'Indonesia' },
  ] as WorldShape[];
  const directory = countryDirectory([{ iso3: 'TUR', name: 'Türkiye' }, { iso3: 'BHR', name: 'Bahrain' }], shapes);

  it('merges the data’s countries with the outlines, preferring the data’s names', () => {
    expect(directory.map((e) => e.name)).toEqual(['Bahrain', 'India', 'Indonesia', 'Türkiye', 'United Arab Emirates']);
  });

  it('finds by code, word start and substring, ignoring case and accents', () => {
    expect(foldForSearch('Türkiye')).toBe('turkiye');
    expect(matchCountries(directory, 'turk').map((e) => e.iso3)).toEqual(['TUR']);
    expect(matchCountries(directory, 'ind').map((e) => e.iso3)).toEqual(['IND', 'IDN']);
    expect(matchCountries(directory, 'arab').map((e) => e.iso3)).toEqual(['ARE']);
    expect(matchCountries(directory, 'rain').map((e) => e.iso3)).toEqual(['BHR']);
    expect(matchCountries(directory, '  ')).toHaveLength(5);
    expect(matchCountries(directory, 'zzz')).toEqual([]);
  });

  it('finds a country by every English name and alias i18n-iso-countries has: Türkiye, Turkey, Lao PDR', () => {
    // Natural Earth calls them "Turkey" and "Laos"; people type what they read in the news.
    const world = countryDirectory(
      [],
      [
        { key: 'TUR', iso3: 'TUR', name: 'Turkey' },
        { key: 'LAO', iso3: 'LAO', name: 'Laos' },
        { key: 'SYR', iso3: 'SYR', name: 'Syria' },
        { key: 'RUS', iso3: 'RUS', name: 'Russia' },
        { key: 'KOR', iso3: 'KOR', name: 'South Korea' },
        { key: 'CIV', iso3: 'CIV', name: 'Côte d’Ivoire' },
      ] as WorldShape[],
      englishNamesByIso3(),
    );
    const find = (query: string) => matchCountries(world, query).map((e) => e.iso3);
    expect(find('Türkiye')).toEqual(['TUR']);
    expect(find('turkiye')).toEqual(['TUR']);
    expect(find('Lao PDR')).toEqual(['LAO']);
    expect(find('lao people')).toEqual(['LAO']);
    expect(find('Lao People’s Democratic Republic')).toEqual(['LAO']);
    expect(find('Syrian Arab Republic')).toEqual(['SYR']);
    expect(find('Russian Federation')).toEqual(['RUS']);
    expect(find('Republic of Korea')).toEqual(['KOR']);
    expect(find('Ivory Coast')).toEqual(['CIV']);
    // The name shown stays the map's own.
    expect(world.find((e) => e.iso3 === 'LAO')?.name).toBe('Laos');
  });
});
