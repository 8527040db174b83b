import { describe, expect, it } from 'vitest';
import { stepFacts } from './captionFacts';
import { captionParts, captionProblems, fillCaption, PLACEHOLDERS, provisionsOf } from './captionTemplate';
import { CLOCK, makePresentFixture } from '../../../tests/fixtures/storyFixture';

const data = makePresentFixture();
const all = { expert: true, expertQuote: true, country: true, themes: true, summit: true };
const none = { expert: false, expertQuote: false, country: false, themes: false, summit: false };

describe('captionParts', () => {
  it('cuts a caption into text and placeholders', () => {
    expect(captionParts('By {year} the SCO had {count.member} members')).toEqual([
      { text: 'By ' },
      { placeholder: 'year' },
      { text: ' the SCO had ' },
      { placeholder: 'count.member' },
      { text: ' members' },
    ]);
    expect(captionParts('')).toEqual([]);
  });
});

describe('captionProblems', () => {
  it('accepts every known placeholder when the step provides what it needs', () => {
    const caption = Object.keys(PLACEHOLDERS)
      .map((name) => `{${name}}`)
      .join(' ');
    expect(captionProblems(caption, all)).toEqual([]);
  });

  it('rejects an unknown placeholder and names it', () => {
    expect(captionProblems('By {year} it had {count.membrs} members', all)).toEqual(['unknown placeholder {count.membrs}']);
  });

  it('rejects a placeholder that needs a selection the step does not make', () => {
    expect(captionProblems('{expert} said', none)).toEqual(['{expert} needs the step to select an expert']);
    expect(captionProblems('at {summit.city}', none)).toEqual(['{summit.city} needs an SCO summit in the step’s year']);
  });

  it('rejects an unclosed brace', () => {
    expect(captionProblems('By {year the end', all)).toHaveLength(1);
    expect(captionProblems('members} only', all)).toHaveLength(1);
  });
});

describe('fillCaption', () => {
  it('fills the brief’s example from the data at the step’s year', () => {
    const facts = stepFacts(data, { year: 2025 }, CLOCK);
    expect(fillCaption('By {year} the SCO had {count.member} members and {count.partner} partners', facts)).toBe(
      'By 2025 the SCO had 10 members and 17 partners',
    );
  });

  it('names the countries that joined, with "and"', () => {
    expect(fillCaption('{joined.member} joined on {joinedOn.member}.', stepFacts(data, { year: 2017 }, CLOCK))).toBe('India and Pakistan joined on 9 Jun 2017.');
    expect(fillCaption('{joined.member}', stepFacts(data, { year: 2019 }, CLOCK))).toBe('no country');
  });

  it('counts articles, experts and quotes with their nouns', () => {
    const facts = stepFacts(data, { range: [2022, 2024] }, CLOCK);
    expect(fillCaption('{articles}, {experts}, {quotes}; top: {topTheme}; {years}', facts)).toBe(
      '2 articles, 4 experts, 4 quotes; top: Economic cooperation and trade; 2022–2024',
    );
  });

  it('fills the expert, theme and country of the step', () => {
    const facts = stepFacts(data, { year: 2024, range: [2024, 2024], themes: ['enlargement'], selectedExpert: 'rizat-tasym', selectedCountry: 'BLR' }, CLOCK);
    expect(provisionsOf(facts)).toEqual({ ...all, summit: false });
    expect(fillCaption('{expert} ({expert.quotes}) on “{theme}”; {country} is a {country.status}', facts)).toBe(
      'Rizat Tasym (2 quotes) on “Enlargement and membership”; Belarus is a member',
    );
  });
});

describe('{changes}', () => {
  it('states the year’s status changes as the map lists them, applications included', () => {
    expect(fillCaption('{changes}.', stepFacts(data, { year: 2017 }, CLOCK))).toBe('India and Pakistan became members.');
    expect(fillCaption('{changes}.', stepFacts(data, { year: 2014 }, CLOCK))).toBe('India applied.');
    expect(fillCaption('{changes}', stepFacts(data, { year: 2013 }, CLOCK))).toBe('no status changed');
  });
});
