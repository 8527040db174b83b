/** The status history in data/reference/membership.json, checked at the edges the views rely on. */
import { readReferenceFile } from './load';
import { MembershipFile } from './schemas';
import type { StatusKind } from '../../../src/model/schema';
import { isVerifiedPeriod, isWeakSource, sourceLookup } from '../../../src/model/sourceReliability';

const membership = readReferenceFile('data/reference/membership.json', MembershipFile);

/** Partial dates compare as strings once padded to a full day ("2024-07" → "2024-07-01"). */
const pad = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

function statusesOn(iso3: string, date: string): StatusKind[] {
  const country = membership.countries.find((c) => c.iso3 === iso3);
  return (country?.statuses ?? [])
    .filter((p) => pad(p.from) <= date && (p.to === undefined || date < pad(p.to)))
    .map((p) => p.status);
}

function countOn(status: StatusKind, date: string): string[] {
  return membership.countries.filter((c) => statusesOn(c.iso3, date).includes(status)).map((c) => c.iso3).sort();
}

describe('SCO status history', () => {
  it('has Belarus as an observer in 2020 and 2023 and a member in 2024', () => {
    expect(statusesOn('BLR', '2020-06-01')).toEqual(['observer']);
    expect(statusesOn('BLR', '2023-06-01')).toEqual(['observer', 'applicant']);
    expect(statusesOn('BLR', '2024-07-04')).toEqual(['member']);
    expect(statusesOn('BLR', '2024-12-31')).toEqual(['member']);
  });

  it('has India and Pakistan as members from 9 June 2017, observers before', () => {
    for (const iso3 of ['IND', 'PAK']) {
      expect(statusesOn(iso3, '2017-06-08')).toContain('observer');
      expect(statusesOn(iso3, '2017-06-09')).toEqual(['member']);
    }
  });

  it('has Iran as a member from 4 July 2023', () => {
    expect(statusesOn('IRN', '2023-07-03')).toEqual(['observer', 'applicant']);
    expect(statusesOn('IRN', '2023-07-04')).toEqual(['member']);
  });

  it('counts the six founders in 2001 and the Shanghai Five before', () => {
    expect(countOn('member', '2000-01-01')).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(countOn('member', '2001-06-15')).toEqual(['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
  });

  it('has exactly 10 members and 17 partners, and no observers or dialogue partners, on 2 September 2025', () => {
    expect(countOn('member', '2025-09-02')).toHaveLength(10);
    expect(countOn('partner', '2025-09-02')).toEqual(
      ['AFG', 'ARE', 'ARM', 'AZE', 'BHR', 'EGY', 'KHM', 'KWT', 'LAO', 'LKA', 'MDV', 'MMR', 'MNG', 'NPL', 'QAT', 'SAU', 'TUR'],
    );
    expect(countOn('observer', '2025-09-02')).toEqual([]);
    expect(countOn('dialogue-partner', '2025-09-02')).toEqual([]);
  });

  it('had 2 observers and 14 dialogue partners just before Tianjin', () => {
    expect(countOn('observer', '2025-08-31')).toEqual(['AFG', 'MNG']);
    expect(countOn('dialogue-partner', '2025-08-31')).toHaveLength(14);
  });

  it('lists the applicants the facts support, and not Israel or Turkmenistan', () => {
    expect(countOn('applicant', '2025-09-02')).toEqual(['ARM', 'AZE', 'BGD', 'SYR']);
    expect(statusesOn('ISR', '2025-09-02')).toEqual([]);
    expect(statusesOn('TKM', '2025-09-02')).toEqual([]);
  });

  it('has Armenia applying for full membership in July 2025, on the three reports of the facts file', () => {
    const armenia = membership.countries.find((c) => c.iso3 === 'ARM')?.statuses.find((p) => p.status === 'applicant');
    expect(armenia).toMatchObject({ appliedFor: 'membership', from: '2025-07', sources: ['S53', 'S54', 'S55'] });
    expect(armenia?.to).toBeUndefined();
    // It stays a partner meanwhile: the application is open beside the status it holds.
    expect(statusesOn('ARM', '2025-09-02')).toEqual(['partner', 'applicant']);
  });

  it('says what every applicant applied for', () => {
    const aims = membership.countries.flatMap((c) => c.statuses.filter((p) => p.status === 'applicant').map((p) => `${c.iso3}:${p.appliedFor}`));
    expect(aims).toEqual(expect.arrayContaining(['SYR:observer', 'BGD:observer', 'ARM:membership', 'AZE:membership', 'IND:membership', 'BLR:membership']));
    expect(aims.every((a) => !a.endsWith(':undefined'))).toBe(true);
  });

  it('marks the weak sources of the facts file, and shows as unverified only the period they alone support', () => {
    const sources = sourceLookup(membership.sources);
    expect(membership.sources.filter(isWeakSource).map((s) => s.id)).toEqual(['S16', 'S24', 'S49', 'S50']);
    const unverified = membership.countries.flatMap((c) => c.statuses.filter((p) => !isVerifiedPeriod(p, sources)).map((p) => `${c.iso3}:${p.status}:${p.from}`));
    // Iran's 2008 application rests on one expert's account; TASS (S30) lists it as an applicant from Feb 2015.
    expect(unverified).toEqual(['IRN:applicant:2008']);
  });

  it('cites at least one known source for every period, and keeps every source of the facts file', () => {
    const ids = new Set(membership.sources.map((s) => s.id));
    for (let n = 1; n <= 55; n++) expect(ids.has(`S${n}`)).toBe(true);
    for (const country of membership.countries) {
      for (const period of country.statuses) for (const id of period.sources) expect(ids.has(id)).toBe(true);
    }
    expect(membership.sources.every((s) => /^https?:\/\//.test(s.url) && s.publisher !== '')).toBe(true);
  });

  it('notes the conflicting or weak facts where they are used', () => {
    const note = (iso3: string, status: StatusKind) =>
      membership.countries.find((c) => c.iso3 === iso3)?.statuses.find((p) => p.status === status)?.note ?? '';
    expect(note('PAK', 'applicant')).toMatch(/S13.*S14.*S9/);
    expect(note('IRN', 'observer')).toMatch(/June/);
    expect(note('IRN', 'applicant')).toMatch(/one expert's account/);
    expect(note('AFG', 'observer')).toMatch(/2021/);
    expect(note('AZE', 'applicant')).toMatch(/under consideration/);
  });
});
