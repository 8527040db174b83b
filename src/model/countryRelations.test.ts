import { describe, expect, it } from 'vitest';
import { countryFilterSentence, countryRelations, NO_RELATIONS, quoteCountries, relatedExperts, relationsPhrase } from './countryRelations';
import { makeNetworkData } from '../../tests/fixtures/networkFixture';
import { makeScoFixture } from '../../tests/fixtures/membershipFixture';

const data = makeNetworkData();

describe('countryRelations', () => {
  const all = countryRelations(data);

  it('separates experts from a country and experts who spoke about it', () => {
    const kaz = all.get('KAZ') ?? NO_RELATIONS;
    expect(kaz.from).toEqual(['ainur-abaykyzy', 'aladin-mustafayev', 'anton-bugayenko', 'olzhas-beisenbayev', 'rizat-tasym', 'zhanar-tulindinova']);
    expect(kaz.spokeAbout).toEqual(['marat-terterov']);
    expect(relatedExperts(kaz)).toHaveLength(7);
    expect(kaz.quotesAbout).toEqual(['at-2024#marat-terterov-1']);
    expect(kaz.quotesFrom).toHaveLength(8);
  });

  it('finds who spoke about a country that has no experts of its own', () => {
    expect(all.get('LAO')).toMatchObject({ from: [], spokeAbout: ['rizat-tasym'], quotesAbout: ['at-2024#rizat-tasym-1'] });
  });

  it('counts within the years and themes of the scope', () => {
    const in2022 = countryRelations(data, { range: [2022, 2022], themes: [] });
    expect(in2022.get('KAZ')?.from).toEqual(['anton-bugayenko']);
    expect(in2022.get('KAZ')?.spokeAbout).toEqual([]);
    expect(in2022.get('LAO')).toBeUndefined();

    const onGeopolitics = countryRelations(data, { range: null, themes: ['geopolitics'] });
    expect(onGeopolitics.get('KAZ')?.from).toEqual(['zhanar-tulindinova']);
    expect(onGeopolitics.get('KAZ')?.spokeAbout).toEqual(['marat-terterov']);
    // Rizat Tasym named Laos in a quote on expansion, not on geopolitics.
    expect(onGeopolitics.get('LAO')).toBeUndefined();
  });

  it('counts an expert–country link as "from", and articles that mention or name the country', () => {
    const map = countryRelations(makeScoFixture());
    expect(map.get('KAZ')?.from).toEqual(['marat-terterov', 'rizat-tasym']);
    expect(map.get('KAZ')?.articleIds).toHaveLength(1);
    expect(map.get('AZE')?.articleIds).toHaveLength(1);
    expect(map.get('IND')).toBeUndefined();
  });

  it('reads no countries from a quote written before quotes listed them', () => {
    expect(quoteCountries({ id: 'q', articleId: 'a', text: 't', kind: 'direct', themes: [] })).toEqual([]);
  });
});

describe('phrases', () => {
  it('say both relations', () => {
    const kaz = countryRelations(data).get('KAZ') ?? NO_RELATIONS;
    expect(relationsPhrase(kaz)).toBe('6 experts from it · 1 spoke about it · 0 articles');
    expect(relationsPhrase(NO_RELATIONS)).toBe('0 experts from it · 0 spoke about it · 0 articles');
    expect(countryFilterSentence('Kazakhstan', kaz)).toBe('Experts from Kazakhstan (6) and experts who spoke about it (1): 7 in all.');
  });
});
