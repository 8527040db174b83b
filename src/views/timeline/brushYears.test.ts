import fc from 'fast-check';
import { brushFromYears, rangeFromInputs, yearsFromBrush } from './brushYears';
import { timelineLayout } from './timelineLayout';

const layout = timelineLayout({ width: 1000, span: [2020, 2025], themeCount: 3, maxWeight: 1 });
const { x, step, span } = layout;

describe('yearsFromBrush', () => {
  it('snaps a drag to the nearest column edges', () => {
    // Just inside 2021's left edge to just short of 2023's right edge.
    expect(yearsFromBrush([x(2020.6), x(2023.4)], x, span)).toEqual([2021, 2023]);
    // A fifth into 2021 is nearer its right edge: the range starts at 2022.
    expect(yearsFromBrush([x(2021) + step / 5, x(2023) + step / 5], x, span)).toEqual([2022, 2023]);
    expect(yearsFromBrush([x(2021) - step / 2, x(2024) + step / 2], x, span)).toEqual([2021, 2024]);
  });

  it('picks the single column a short drag sits in', () => {
    expect(yearsFromBrush([x(2022) - 4, x(2022) + 4], x, span)).toEqual([2022, 2022]);
  });

  it('accepts a reversed selection and clamps to the span', () => {
    expect(yearsFromBrush([x(2025) + 300, x(2019)], x, span)).toEqual([2020, 2025]);
  });

  it('round-trips every range in the span (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2025 }), fc.integer({ min: 0, max: 5 }), (from, length) => {
        const range: [number, number] = [from, Math.min(2025, from + length)];
        expect(yearsFromBrush(brushFromYears(range, x), x, span)).toEqual(range);
      }),
    );
  });

  it('always gives whole years, from ≤ to, inside the span (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -200, max: 1200, noNaN: true }), fc.double({ min: -200, max: 1200, noNaN: true }), (a, b) => {
        const [from, to] = yearsFromBrush([a, b], x, span);
        expect(Number.isInteger(from) && Number.isInteger(to)).toBe(true);
        expect(from).toBeLessThanOrEqual(to);
        expect(from).toBeGreaterThanOrEqual(2020);
        expect(to).toBeLessThanOrEqual(2025);
      }),
    );
  });
});

describe('brushFromYears', () => {
  it('covers the chosen columns exactly', () => {
    const [left, right] = brushFromYears([2022, 2023], x);
    expect(left).toBeCloseTo(x(2021.5));
    expect(right).toBeCloseTo(x(2023.5));
  });
});

describe('rangeFromInputs', () => {
  it('keeps a valid range and clamps to the span', () => {
    expect(rangeFromInputs(2021, 2023, span, 'from')).toEqual([2021, 2023]);
    expect(rangeFromInputs(1990, 2100, span, 'to')).toEqual([2020, 2025]);
  });

  it('lets the edited field win when the years cross', () => {
    expect(rangeFromInputs(2024, 2022, span, 'from')).toEqual([2024, 2024]);
    expect(rangeFromInputs(2024, 2022, span, 'to')).toEqual([2022, 2022]);
  });

  it('waits while the input is not a whole year', () => {
    expect(rangeFromInputs(Number.NaN, 2022, span, 'from')).toBeNull();
    expect(rangeFromInputs(2021.5, 2022, span, 'from')).toBeNull();
  });
});
