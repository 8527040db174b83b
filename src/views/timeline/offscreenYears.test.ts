import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { offscreenHint, offscreenYears } from './offscreenYears';

// Six years of 60 px columns: 2020 is centred at 30, 2025 at 330.
const years = [2020, 2021, 2022, 2023, 2024, 2025];
const x = scaleLinear().domain([2019.5, 2025.5]).range([0, 360]);

describe('offscreenYears', () => {
  it('names the years beyond the right edge of a chart scrolled to its start', () => {
    const hidden = offscreenYears(years, x, { left: 0, right: 180 });
    expect(hidden).toEqual({ before: null, after: [2023, 2025] });
    expect(offscreenHint(hidden)).toBe('2023–2025 are to the right: swipe the chart sideways.');
  });

  it('counts a half-shown column as seen, and a year under the sticky names as out of view', () => {
    // Window 75–275: 2021 (centre 90) to 2024 (centre 270) are seen; 2020 is under the names.
    expect(offscreenYears(years, x, { left: 75, right: 275 })).toEqual({ before: [2020, 2020], after: [2025, 2025] });
  });

  it('says nothing when every year is on screen', () => {
    const hidden = offscreenYears(years, x, { left: 0, right: 360 });
    expect(hidden).toEqual({ before: null, after: null });
    expect(offscreenHint(hidden)).toBeNull();
  });

  it('words one year and years on both sides', () => {
    expect(offscreenHint({ before: null, after: [2025, 2025] })).toBe('2025 is to the right: swipe the chart sideways.');
    expect(offscreenHint({ before: [2020, 2021], after: null })).toBe('2020–2021 are to the left: swipe the chart sideways.');
    expect(offscreenHint({ before: [2020, 2020], after: [2024, 2025] })).toBe('2020 and 2024–2025 are off screen: swipe the chart sideways.');
  });
});
