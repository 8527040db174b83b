import officials from '../../../data/reference/officials.json';
import { OfficialsFile } from '../reference/schemas';
import { peopleIn } from '../testSupport';
import { buildKnownOfficials } from './knownOfficials';

const file = OfficialsFile.parse({
  officials: [
    {
      name: 'Alexander Lukashenko',
      aliases: ['Aleksandr Lukashenka'],
      alone: ['Lukashenko', 'Lukashenka'],
      iso3: 'BLR',
      offices: [{ office: 'President', from: 1994 }],
      source: { publisher: 'Example', title: 'A page', url: 'https://example.org/a' },
    },
    {
      name: 'Wang Yi',
      iso3: 'CHN',
      offices: [{ office: 'Foreign Minister', from: 2013 }],
      source: { publisher: 'Example', title: 'A page', url: 'https://example.org/b' },
    },
  ],
});

describe('known officials', () => {
  const known = buildKnownOfficials(file);

  it('finds a full name by its spelling in any transliteration the row lists, or one it does not with the same initial', () => {
    expect(known.byName(['Aleksandr Lukashenka'])?.iso3).toBe('BLR');
    expect(known.byName(['Aleksander Lukashenko'])?.iso3).toBe('BLR');
    expect(known.byName(['Viktor Lukashenko'])).toBeUndefined();
    expect(known.byName(['Wang Yi'])?.iso3).toBe('CHN');
  });

  it('takes a lone surname only when the row says it stands alone', () => {
    expect(known.byLoneSurname('Lukashenka')?.name).toBe('Alexander Lukashenko');
    expect(known.byLoneSurname('Lukashenko’s')?.name).toBe('Alexander Lukashenko');
    expect(known.byLoneSurname('Wang')).toBeUndefined();
  });
});

describe('known officials in text', () => {
  // The file's own examples: each text gives the person (and country) it says, or nobody.
  for (const example of OfficialsFile.parse(officials).examples) {
    it(`reads "${example.text}"`, () => {
      const people = peopleIn(example.text).map((p) => ({ name: p.name, iso3: p.profile.country }));
      expect(people).toEqual(example.expect === null ? [] : [example.expect]);
    });
  }

  it('gives a named official the list’s country where the text gives none, before the outlet’s', () => {
    const [person] = peopleIn('Belarus joined the bloc. Leader Aleksandr Lukashenka said the West had failed.', { outletCountry: 'USA' });
    expect([person?.profile.country, person?.profile.role]).toEqual(['BLR', 'official']);
  });

  it('gives a Secretary-General the list knows no country, not even the outlet’s', () => {
    const [person] = peopleIn('The bloc met in Beijing. Zhang Ming said the bloc would keep growing.', { outletCountry: 'USA' });
    expect([person?.name, person?.profile.country, person?.profile.role]).toEqual(['Zhang Ming', null, 'official']);
  });

  it('keeps the country the text states over the list’s', () => {
    const [person] = peopleIn('Kazakh analyst Vladimir Putin said the corridor would pay off.');
    expect([person?.profile.country, person?.profile.role]).toEqual(['KAZ', 'expert']);
  });

  it('does not take a lone surname for the official when the article never names their country', () => {
    expect(peopleIn('Erdogan said the club would sign two new players.')).toEqual([]);
  });

  it('does not make a person of a lone surname that gives no view', () => {
    expect(peopleIn('Turkey sent a delegation. Erdogan arrived on Friday.')).toEqual([]);
  });

  it('reads the lone surname again as the same person, in the text’s spelling', () => {
    const people = peopleIn('Belarus joined. Lukashenka said it was historic.\n\nLukashenka added that trade would grow.');
    expect(people.map((p) => [p.name, p.aliases, p.quotes.length])).toEqual([['Alexander Lukashenko', ['Lukashenka'], 2]]);
  });
});
