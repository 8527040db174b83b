/**
 * Which years to print under a year slider's track: both ends, and round years between, as many as
 * fit without touching. Pure: the slider measures its track and its font, this picks the years.
 */

/** A four-digit year is about 2.5 em wide in the UI font; one more em keeps neighbours apart. */
export const YEAR_LABEL_EMS = 3.4;

/** Steps between labelled years, finest first: every five years where there is room. */
const STEPS = [5, 10, 20, 25, 50, 100];

/**
 * The labelled years for a track `trackWidth` px wide whose labels need `labelWidth` px each.
 * Without a measured width (0), every five years, as on a wide screen.
 */
export function sliderYearLabels(min: number, max: number, trackWidth: number, labelWidth: number): number[] {
  if (max <= min) return [min];
  const span = max - min;
  // Least distance between two labels, in years.
  const gap = trackWidth > 0 ? (labelWidth * span) / trackWidth : 3;
  if (gap > span) return [max];
  for (const step of STEPS) {
    if (step < gap && step !== STEPS[STEPS.length - 1]) continue;
    const years = [min];
    for (let y = Math.ceil((min + 1) / step) * step; y < max; y += step) {
      if (y - min >= gap && max - y >= gap) years.push(y);
    }
    years.push(max);
    return years;
  }
  return [min, max];
}
