import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateYearLabelWidths, shortYear, YEAR_LABEL_GAP, yearLabels, type YearLabelWidths } from './yearLabels';

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const widths: YearLabelWidths = { full: 36, short: 26 };
const texts = (labels: { text: string }[]) => labels.map((l) => l.text);

describe('yearLabels', () => {
  it('names every year in full when the columns are wide', () => {
    expect(texts(yearLabels(span(2020, 2025), 100, widths))).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('abbreviates every year when only that fits', () => {
    expect(texts(yearLabels(span(1996, 2000), 36, widths))).toEqual(['’96', '’97', '’98', '’99', '’00']);
    expect(shortYear(2007)).toBe('’07');
  });

  it('names round years only when not even the abbreviation fits, in full when the stride leaves room', () => {
    // 31 years in 600 px: 19 px a column; every 2nd year leaves 38 px, room for "’98" but not "1998".
    expect(texts(yearLabels(span(1996, 2026), 19, widths))).toEqual(['’96', '’98', '’00', '’02', '’04', '’06', '’08', '’10', '’12', '’14', '’16', '’18', '’20', '’22', '’24', '’26']);
    // 10 px a column: every 5th year, 50 px apart, in full.
    expect(texts(yearLabels(span(1996, 2026), 10, widths))).toEqual(['2000', '2005', '2010', '2015', '2020', '2025']);
  });

  it('names a span without a round year by its first year', () => {
    expect(texts(yearLabels([2021, 2022, 2023], 5, widths))).toEqual(['2021']);
  });

  it('never lets two labels touch, at any column width and font size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 60 }), fc.double({ min: 2, max: 200, noNaN: true }), fc.integer({ min: 10, max: 24 }), (from, count, step, fontPx) => {
        const years = span(from, from + count - 1);
        const w = estimateYearLabelWidths(fontPx);
        const labels = yearLabels(years, step, w);
        expect(labels.length).toBeGreaterThan(0);
        const boxes = labels.map((l) => {
          const width = l.text.length === 4 ? w.full : w.short;
          const centre = (l.year - from) * step;
          return [centre - width / 2, centre + width / 2] as const;
        });
        for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]![0] - boxes[i - 1]![1]).toBeGreaterThanOrEqual(YEAR_LABEL_GAP - 1e-9);
      }),
      { numRuns: 400 },
    );
  });
});
