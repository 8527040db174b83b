import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { legendCounts, summarySentence } from './legendCounts';
import { membershipInYear, openCandidates } from '../../model/membershipInYear';

const data = makeScoFixture();
const AS_OF = '2026-11-23';

describe('legendCounts', () => {
  it('does not count a candidate once it is a member', () => {
    const joining = { iso3: 'BLR', articleId: data.articles[0]?.id ?? '', sentence: 'Membership is expanding to include Belarus.', kind: 'membership' as const };
    const withBelarus = { ...data, candidates: [...data.candidates, joining] };
    expect(legendCounts(membershipInYear(withBelarus, 2024, AS_OF)).candidates).toBe(legendCounts(membershipInYear(data, 2024, AS_OF)).candidates);
  });

  it('counts the model’s one list of open candidates, the list captions name', () => {
    for (const year of [2021, 2022, 2024, 2025]) {
      const membership = membershipInYear(data, year, AS_OF);
      expect(legendCounts(membership).candidates).toBe(openCandidates(membership).length);
    }
  });

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
});
