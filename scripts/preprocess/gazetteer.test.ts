import { findPlaces } from './gazetteer';
import { tokenize } from './tokens';
import { analyse, gazetteer } from './testSupport';

const places = (text: string) => findPlaces(gazetteer(), tokenize(text)).map((m) => `${m.value.iso3}:${m.value.kind}`);

describe('gazetteer', () => {
  it('names countries by their short common name, from i18n-iso-countries', () => {
    const g = gazetteer();
    expect(['RUS', 'IRN', 'ARE', 'LAO', 'SYR', 'KOR', 'USA', 'BEL'].map((c) => g.countryName(c))).toEqual([
      'Russia', 'Iran', 'United Arab Emirates', 'Laos', 'Syria', 'South Korea', 'United States', 'Belgium',
    ]);
    expect(['Türkiye', 'Turkey']).toContain(g.countryName('TUR'));
  });

  it('finds names, aliases, demonyms, possessives and cities, case-sensitively and longest first', () => {
    expect(places('Azerbaijan’s analyst met Kazakh experts from the Russian Federation in Brussels.')).toEqual([
      'AZE:country', 'KAZ:demonym', 'RUS:country', 'BEL:city',
    ]);
    expect(places('Saudi Arabia and Türkiye, not saudi arabia or the us.')).toEqual(['SAU:country', 'TUR:country']);
    expect(places('Papua New Guinea and Guinea')).toEqual(['PNG:country', 'GIN:country']);
    // Older spellings that wire copy of the 1990s and 2000s still uses.
    expect(places('Byelorussia and Kirghizia sent Byelorussian envoys.')).toEqual(['BLR:country', 'KGZ:country', 'BLR:demonym']);
  });

  it('an organisation named with "The" is found with the article in lower case, as running text writes it, and not without it', () => {
    expect(places('She edits the Hindu; he writes for The Hindu.')).toEqual(['IND:organisation', 'IND:organisation']);
    expect(places('A Hindu temple stood there.')).toEqual([]);
  });

  it('a name that holds a place but points to no country hides the place: the Shanghai Cooperation Organisation is not China', () => {
    expect(places('The Shanghai Cooperation Organisation and the Shanghai Co-operation Organization met in Shanghai.')).toEqual(['CHN:city']);
    expect(analyse('The Shanghai Cooperation Organisation’s summit ended.').mentions).toEqual([]);
  });

  it('records one mention per country and article, with the first sentence that names it', () => {
    const { mentions } = analyse('Astana hosted the summit. Kazakhstan chaired it. Brussels watched.');
    expect(mentions).toEqual([
      { iso3: 'KAZ', sentence: 'Astana hosted the summit.' },
      { iso3: 'BEL', sentence: 'Brussels watched.' },
    ]);
  });
});
