import { MIN_COLUMNS, yearSpan, yearsOf } from './yearSpan';

const base = { summitYears: [1996, 2001, 2022, 2024, 2025], referenceYear: 2025, range: null };

describe('yearSpan', () => {
  it('pads two article years (2022, 2024) to 2020–2025, stopping at the latest reference year', () => {
    expect(yearSpan({ ...base, articleYears: [2022, 2024] }, 'articles')).toEqual([2020, 2025]);
  });

  it('keeps at least six columns for a single article', () => {
    const [from, to] = yearSpan({ ...base, articleYears: [2024] }, 'articles');
    expect(to).toBe(2025);
    expect(to - from + 1).toBe(MIN_COLUMNS);
  });

  it('never cuts off an article newer than the reference data', () => {
    expect(yearSpan({ ...base, articleYears: [2027] }, 'articles')[1]).toBe(2027);
  });

  it('frames the last years up to the reference year when there are no articles', () => {
    expect(yearSpan({ ...base, articleYears: [] }, 'articles')).toEqual([2020, 2025]);
  });

  it('shows the whole SCO story in history mode', () => {
    expect(yearSpan({ ...base, articleYears: [2022, 2024] }, 'history')).toEqual([1996, 2025]);
    expect(yearSpan({ ...base, summitYears: [], articleYears: [2022] }, 'history')).toEqual([1996, 2025]);
  });

  it('always contains the store range, so the brush can show a range set by a link', () => {
    expect(yearSpan({ ...base, articleYears: [2022, 2024], range: [2005, 2008] }, 'articles')).toEqual([2005, 2025]);
  });
});

describe('yearsOf', () => {
  it('lists every year of an inclusive span', () => {
    expect(yearsOf([2020, 2023])).toEqual([2020, 2021, 2022, 2023]);
    expect(yearsOf([2023, 2020])).toEqual([]);
  });
});
