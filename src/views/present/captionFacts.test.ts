import { describe, expect, it } from 'vitest';
import { firstSentence, stepFacts } from './captionFacts';
import { CLOCK, makePresentFixture } from '../../../tests/fixtures/storyFixture';
import { membershipInYear, openCandidates } from '../../model/membershipInYear';

const data = makePresentFixture();

describe('stepFacts: membership', () => {
  it('names the Shanghai Five in 1996 and their first meeting’s date', () => {
    const facts = stepFacts(data, { year: 1996 }, CLOCK);
    expect(facts.count.member).toBe(5);
    expect(facts.joined.member).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    expect(facts.joinedOn.member).toEqual(['26 Apr 1996']);
    expect(facts.summit?.city).toBe('Shanghai');
  });

  it('counts only Uzbekistan as joining in 2001: the five were members already', () => {
    const facts = stepFacts(data, { year: 2001 }, CLOCK);
    expect(facts.count.member).toBe(6);
    expect(facts.joined.member).toEqual(['Uzbekistan']);
    expect(facts.newcomers).toEqual(['Uzbekistan']);
  });

  it('finds India and Pakistan in 2017, Iran in 2023, Belarus in 2024', () => {
    expect(stepFacts(data, { year: 2017 }, CLOCK).joined.member).toEqual(['India', 'Pakistan']);
    expect(stepFacts(data, { year: 2017 }, CLOCK).joinedOn.member).toEqual(['9 Jun 2017']);
    expect(stepFacts(data, { year: 2023 }, CLOCK).joined.member).toEqual(['Iran']);
    const belarus = stepFacts(data, { year: 2024 }, CLOCK);
    expect(belarus.joined.member).toEqual(['Belarus']);
    expect(belarus.count.member).toBe(10);
  });

  it('counts 17 partners after Tianjin, with Laos the only newcomer', () => {
    const facts = stepFacts(data, { year: 2025 }, CLOCK);
    expect(facts.count.partner).toBe(17);
    expect(facts.count.observer).toBe(0);
    expect(facts.newcomers).toEqual(['Laos']);
    expect(facts.joinedOn.partner).toEqual(['1 Sep 2025']);
  });

  it('points the map at the new members and the newcomers, not at a renamed status', () => {
    const spot = (year: number) => stepFacts(data, { year }, CLOCK).spotlight.map((c) => `${c.iso3}:${c.status}`);
    expect(spot(1996)).toEqual(['CHN:member', 'KAZ:member', 'KGZ:member', 'RUS:member', 'TJK:member']);
    expect(spot(2017)).toEqual(['IND:member', 'PAK:member']);
    expect(spot(2023)).toEqual(['IRN:member']);
    expect(spot(2024)).toEqual(['BLR:member']);
    // Tianjin merged observers and dialogue partners into partners: only Laos is new.
    expect(spot(2025)).toEqual(['LAO:partner']);
    expect(spot(2022)).toEqual(['BHR', 'EGY', 'KWT', 'MDV', 'MMR', 'QAT', 'SAU', 'ARE'].map((c) => `${c}:dialogue-partner`));
    expect(spot(2020)).toEqual([]);
  });

  it('lists candidates named in articles up to the year only', () => {
    expect(stepFacts(data, { year: 2022 }, CLOCK).candidates).toEqual(['Azerbaijan']);
    expect(stepFacts(data, { year: 2024 }, CLOCK).candidates).toEqual(['Azerbaijan', 'Bangladesh', 'Laos', 'Qatar']);
  });

  it('lists the candidates the map legend counts: a candidate that became a member that year is not one', () => {
    // The 2024 Astana Times article names Belarus as joining; Belarus was a member by the end of 2024.
    const joining = { iso3: 'BLR', articleId: data.articles[1]?.id ?? '', sentence: 'Belarus joins this year.', kind: 'membership' as const };
    const withBelarus = { ...data, candidates: [...data.candidates, joining] };
    const caption = stepFacts(withBelarus, { year: 2024 }, CLOCK).candidates;
    expect(caption).not.toContain('Belarus');
    expect(caption).toEqual(openCandidates(membershipInYear(withBelarus, 2024, CLOCK.asOf)).map((c) => c.name).sort());
  });
});

describe('stepFacts: articles and experts', () => {
  it('looks at the articles of the step’s year when it has no range', () => {
    const facts = stepFacts(data, { year: 2022 }, CLOCK);
    expect(facts.articleCount).toBe(1);
    expect(facts.expertCount).toBe(1);
    expect(facts.quoteCount).toBe(1);
    expect(facts.topTheme).toBe('Economic cooperation and trade');
  });

  it('counts experts quoted on the chosen themes only', () => {
    const facts = stepFacts(data, { year: 2024, range: [2024, 2024], themes: ['enlargement'] }, CLOCK);
    expect(facts.expertCount).toBe(2);
    expect(facts.quoteCount).toBe(2);
    expect(facts.themeLabels).toEqual(['Enlargement and membership']);
    expect(facts.topTheme).toBe('Enlargement and membership');
  });

  it('gives the selected expert’s quotes and the first sentence of a direct quote', () => {
    const facts = stepFacts(data, { range: [2022, 2024], selectedExpert: 'rizat-tasym' }, CLOCK);
    expect(facts.expertName).toBe('Rizat Tasym');
    expect(facts.expertQuoteCount).toBe(2);
    expect(facts.expertQuote).toBe('The number of SCO member states is growing; membership is expanding to include Belarus.');
  });

  it('gives the selected country’s status in the year', () => {
    expect(stepFacts(data, { year: 2016, selectedCountry: 'IND' }, CLOCK).countryStatus).toBe('observer');
    expect(stepFacts(data, { year: 2016, selectedCountry: 'IND' }, CLOCK).countryName).toBe('India');
  });
});

describe('firstSentence', () => {
  it('keeps the first sentence and shortens a very long one at a word', () => {
    expect(firstSentence('One. Two.')).toBe('One.');
    expect(firstSentence(undefined)).toBeNull();
    const long = firstSentence(`${'word '.repeat(80)}end.`) ?? '';
    expect(long.length).toBeLessThanOrEqual(241);
    expect(long.endsWith('…')).toBe(true);
  });
});
