import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../tests/fixtures/membershipFixture';
import { hasOpenCandidacy, membershipInYear, openCandidates } from './membershipInYear';
import { periodLabel } from './statusLabels';

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

  it('counts the articles and kinds behind the candidacies known each year, an article once however often it names the country', () => {
    const [first, second] = data.articles;
    const qatar = (articleId: string, kind: 'membership' | 'interest' | 'observer') => ({ iso3: 'QAT', articleId, sentence: 'Qatar may join.', kind });
    const extra = { ...data, candidates: [...data.candidates, qatar(first?.id ?? '', 'interest'), qatar(first?.id ?? '', 'observer'), qatar(second?.id ?? '', 'membership')] };
    const inYear = (year: number) => membershipInYear(extra, year, AS_OF).get('QAT');
    const byHand = (year: number) => {
      const candidacies = inYear(year)?.candidacies ?? [];
      return { articles: new Set(candidacies.map((c) => c.articleId)).size, kinds: [...new Set(candidacies.map((c) => c.kind))] };
    };
    for (const year of [2020, 2023, 2024, 2026]) {
      const country = inYear(year);
      expect(country?.candidacyArticles).toBe(byHand(year).articles);
      expect([...(country?.candidacyKinds ?? [])].sort()).toEqual(byHand(year).kinds.sort());
    }
    expect(inYear(2026)?.candidacyArticles).toBeGreaterThan(1);
    expect(inYear(2026)?.candidacyKinds).toEqual(['membership', 'observer', 'interest']);
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
  });
});

describe('verified periods and open applications', () => {
  it('marks the status shown as unverified when only weak sources support it', () => {
    const weakOnly = {
      ...data,
      countries: data.countries.map((c) => (c.iso3 === 'SYR' ? { ...c, statuses: [{ status: 'applicant' as const, appliedFor: 'observer' as const, from: '2015-02', sources: ['S16'] }] } : c)),
    };
    expect(membershipInYear(weakOnly, 2020, AS_OF).get('SYR')).toMatchObject({ status: 'applicant', verified: false });
    expect(membershipInYear(data, 2020, AS_OF).get('SYR')).toMatchObject({ status: 'applicant', verified: true });
    expect(membershipInYear(data, 2020, AS_OF).get('FRA')).toBeUndefined();
  });

  it('lists an application held beside a stronger status, with whether it is verified', () => {
    const iran2010 = membershipInYear(data, 2010, AS_OF).get('IRN');
    expect(iran2010?.status).toBe('observer');
    expect(iran2010?.openApplications.map((a) => [a.period.from, a.verified])).toEqual([['2008', false]]);
    expect(membershipInYear(data, 2016, AS_OF).get('IRN')?.openApplications.map((a) => [a.period.from, a.verified])).toEqual([['2015-02', true]]);
    expect(membershipInYear(data, 2024, AS_OF).get('IRN')?.openApplications).toEqual([]);
  });

  it('says what an applicant applied for', () => {
    const syria = membershipInYear(data, 2025, AS_OF).get('SYR')?.period;
    expect(syria !== null && syria !== undefined && periodLabel(syria)).toBe('Applicant for observer status');
    expect(periodLabel({ status: 'applicant', appliedFor: 'membership' })).toBe('Applicant for membership');
    expect(periodLabel({ status: 'member' })).toBe('Member');
  });
});

describe('openCandidates', () => {
  it('is the one candidate list: named in the articles up to the year, and not yet a member', () => {
    const joining = { iso3: 'BLR', articleId: data.articles[1]?.id ?? '', sentence: 'Belarus joins this year.', kind: 'membership' as const };
    const withBelarus = { ...data, candidates: [...data.candidates, joining] };
    expect(openCandidates(membershipInYear(withBelarus, 2024, AS_OF)).map((c) => c.iso3).sort()).toEqual(['AZE', 'BGD', 'LAO', 'QAT']);
    expect(openCandidates(membershipInYear(withBelarus, 2022, AS_OF)).map((c) => c.iso3)).toEqual(['AZE']);
  });
});
