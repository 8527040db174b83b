import { describe, expect, it } from 'vitest';
import { sliderYearLabels } from './sliderYearLabels';

/** Where each label's centre falls on a track of `width` px. */
const positions = (years: number[], min: number, max: number, width: number) => years.map((y) => ((y - min) / (max - min)) * width);

describe('sliderYearLabels', () => {
  it('labels every five years on a wide track, the ends included', () => {
    expect(sliderYearLabels(1996, 2026, 700, 40)).toEqual([1996, 2000, 2005, 2010, 2015, 2020, 2026]);
  });

  it('keeps labels apart on a narrow track (a phone, the projector theme): no two closer than a label', () => {
    for (const [width, label] of [
      [330, 54],
      [300, 44],
      [180, 44],
      [120, 54],
    ] as const) {
      const years = sliderYearLabels(1996, 2026, width, label);
      expect(years[0]).toBe(1996);
      expect(years[years.length - 1]).toBe(2026);
      const at = positions(years, 1996, 2026, width);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!, `${width}px: ${years.join(' ')}`).toBeGreaterThanOrEqual(label);
    }
  });

  it('keeps only the last year when even the two ends would touch', () => {
    expect(sliderYearLabels(1996, 2026, 40, 44)).toEqual([2026]);
  });

  it('gives the default labels before the track is measured', () => {
    expect(sliderYearLabels(1996, 2026, 0, 44)).toEqual([1996, 2000, 2005, 2010, 2015, 2020, 2026]);
  });
});
