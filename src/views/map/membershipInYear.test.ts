import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { legendCounts, summarySentence } from './legendCounts';
import { hasOpenCandidacy, membershipInYear } from '../../model/membershipInYear';
import { joinWithAnd } from '../../model/englishList';

const data = makeScoFixture();
const AS_OF = '2026-11-23';

describe('membershipInYear', () => {
  it('gives each country its status, the period behind it and the candidacies known that year', () => {
    const year2023 = membershipInYear(data, 2023, AS_OF);
    expect(year2023.get('BLR')?.status).toBe('observer');
    expect(year2023.get('BLR')?.period?.from).toBe('2015-07');
    expect(year2023.get('QAT')?.candidacies).toEqual([]);
    expect(year2023.get('AZE')?.candidacies.map((c) => c.articleId)).toEqual([data.articles[0]?.id]);

    const year2024 = membershipInYear(data, 2024, AS_OF);
    expect(year2024.get('BLR')?.status).toBe('member');
    expect(year2024.get('QAT')?.candidacies).toHaveLength(1);
    expect(year2024.get('BEL')?.status).toBeNull();
  });

  it('keeps the Shanghai Five note on the founders’ early membership', () => {
    expect(membershipInYear(data, 1998, AS_OF).get('RUS')?.period?.note).toMatch(/Shanghai Five/);
    expect(membershipInYear(data, 2002, AS_OF).get('RUS')?.period?.note).toBeUndefined();
  });

  it('adds a candidate that the country list lacks instead of dropping it', () => {
    const extra = { ...data, candidates: [...data.candidates, { iso3: 'SGP', articleId: data.articles[1]?.id ?? '', sentence: 'Singapore may join.', kind: 'interest' as const }] };
    expect(membershipInYear(extra, 2024, AS_OF).get('SGP')).toMatchObject({ status: null, candidacies: [{ iso3: 'SGP' }] });
  });
});

describe('hasOpenCandidacy', () => {
  it('marks a named candidate until it becomes a member, and keeps its evidence after', () => {
    const joining = { iso3: 'BLR', articleId: data.articles[0]?.id ?? '', sentence: 'Membership is expanding to include Belarus.', kind: 'membership' as const };
    const withBelarus = { ...data, candidates: [...data.candidates, joining] };
    const belarusIn = (year: number) => membershipInYear(withBelarus, year, AS_OF).get('BLR');
    const before = belarusIn(2023);
    const after = belarusIn(2024);
    expect(before?.status).toBe('observer');
    expect(before !== undefined && hasOpenCandidacy(before)).toBe(true);
    expect(after?.status).toBe('member');
    expect(after?.candidacies).toHaveLength(1);
    expect(after !== undefined && hasOpenCandidacy(after)).toBe(false);
    expect(legendCounts(membershipInYear(withBelarus, 2024, AS_OF)).candidates).toBe(legendCounts(membershipInYear(data, 2024, AS_OF)).candidates);
  });
});

describe('legendCounts', () => {
  it('counts 10 members and 17 partners after Tianjin (1 Sep 2025)', () => {
    const counts = legendCounts(membershipInYear(data, 2025, '2025-09-02'));
    expect(counts.byStatus.member).toBe(10);
    expect(counts.byStatus.partner).toBe(17);
    expect(counts.byStatus.observer).toBe(0);
    expect(counts.byStatus['dialogue-partner']).toBe(0);
    expect(counts.candidates).toBe(4);
  });

  it('counts the founders in 1996, India and Pakistan in 2017, Iran in 2023, Belarus in 2024', () => {
    const members = (year: number) => legendCounts(membershipInYear(data, year, AS_OF)).byStatus.member;
    expect(members(1995)).toBe(0);
    expect(members(1996)).toBe(5);
    expect(members(2001)).toBe(6);
    expect(members(2016)).toBe(6);
    expect(members(2017)).toBe(8);
    expect(members(2022)).toBe(8);
    expect(members(2023)).toBe(9);
    expect(members(2024)).toBe(10);
  });

  it('counts the day before Tianjin with the old statuses', () => {
    const counts = legendCounts(membershipInYear(data, 2025, '2025-08-31'));
    expect(counts.byStatus.partner).toBe(0);
    expect(counts.byStatus.observer).toBe(2);
    expect(counts.byStatus['dialogue-partner']).toBe(14);
  });
});

describe('summarySentence', () => {
  it('names only the statuses held that year, strongest first', () => {
    const counts = legendCounts(membershipInYear(data, 2024, AS_OF));
    expect(summarySentence(2024, counts)).toBe(
      'In 2024 the SCO had 10 members, 2 observers, 14 dialogue partners and 2 applicants; 4 countries were named as candidates in the articles.',
    );
  });

  it('uses the singular and handles a year with nobody', () => {
    expect(summarySentence(1995, legendCounts(membershipInYear(data, 1995, AS_OF)))).toBe('In 1995 no country held an SCO status.');
    const one = { byStatus: { member: 1, partner: 0, observer: 0, 'dialogue-partner': 1, applicant: 0 }, candidates: 1 };
    expect(summarySentence(2000, one)).toBe('In 2000 the SCO had 1 member and 1 dialogue partner; 1 country was named as a candidate in the articles.');
  });

  it('joins lists the English way', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
