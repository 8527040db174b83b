import { describe, expect, it } from 'vitest';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { membershipChanges, yearMarks } from './mapYears';
import { changeSentence } from '../../model/statusChanges';
import { FIRST_YEAR, currentYear } from '../../model/years';

const data = makeScoFixture();
const AS_OF = '2026-11-23';

describe('currentYear', () => {
  it('is this year, or the reference year when the data is ahead of the clock', () => {
    expect(currentYear('2025-09-01', new Date('2026-11-23T00:00:00Z'))).toBe(2026);
    expect(currentYear('2025-09-01', new Date('2024-01-01T00:00:00Z'))).toBe(2025);
  });
});

describe('membershipChanges', () => {
  const changes = membershipChanges(data, FIRST_YEAR, 2026, AS_OF);

  it('marks the years in which a country’s colour changes', () => {
    expect([...changes.keys()].sort((a, b) => a - b)).toEqual([1996, 2001, 2004, 2005, 2009, 2010, 2012, 2015, 2017, 2022, 2023, 2024, 2025]);
  });

  it('says who changed and to what', () => {
    expect(changeSentence(changes.get(2017) ?? [])).toBe('India and Pakistan became members');
    expect(changeSentence(changes.get(2024) ?? [])).toBe('Belarus became a member');
    expect(changes.get(2025)).toHaveLength(17);
  });

  it('leaves out overlaps that do not change the colour (an observer applying)', () => {
    expect((changes.get(2014) ?? []).map((c) => c.name)).toEqual([]);
  });
});

describe('yearMarks', () => {
  it('gives a membership mark per change year and an article mark per article year', () => {
    const changes = membershipChanges(data, FIRST_YEAR, 2026, AS_OF);
    const marks = yearMarks(
      changes,
      new Map([
        [2022, 1],
        [2024, 2],
        [1980, 1],
      ]),
      FIRST_YEAR,
      2026,
    );
    expect(marks.filter((m) => m.kind === 'article')).toEqual([
      { year: 2022, kind: 'article', label: '2022: 1 article' },
      { year: 2024, kind: 'article', label: '2024: 2 articles' },
    ]);
    expect(marks.find((m) => m.kind === 'membership' && m.year === 2023)?.label).toBe('2023: Iran became a member');
  });
});
