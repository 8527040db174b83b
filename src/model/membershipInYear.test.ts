import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../tests/fixtures/membershipFixture';
import { hasOpenCandidacy, membershipInYear } from './membershipInYear';

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
    const extra = { ...data, candidates: [...data.candidates, { iso3: 'SGP', articleId: data.articles[1]?.id ?? '', sentence: 'Singapore may join.', kind: 'interested' as const }] };
    expect(membershipInYear(extra, 2024, AS_OF).get('SGP')).toMatchObject({ status: null, candidacies: [{ iso3: 'SGP' }] });
  });
});

describe('hasOpenCandidacy', () => {
  it('marks a named candidate until it becomes a member, and keeps its evidence after', () => {
    const joining = { iso3: 'BLR', articleId: data.articles[0]?.id ?? '', sentence: 'Membership is expanding to include Belarus.', kind: 'joining' as const };
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
