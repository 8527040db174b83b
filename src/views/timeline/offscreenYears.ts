/**
 * Which years of a chart that scrolls sideways (a phone, many years) are out of view, so the view
 * can say so: a phone shows no scrollbar until it is touched, and "2023–2025 are to the right" is
 * the only sign that the chart goes on.
 */
import type { ScaleLinear } from 'd3-scale';

export interface OffscreenYears {
  /** First and last year scrolled out on the left (under the theme names), or null. */
  before: readonly [number, number] | null;
  /** First and last year beyond the right edge, or null. */
  after: readonly [number, number] | null;
}

/** The stretch of the chart on screen, in the chart's own x coordinates. */
export interface ChartWindow {
  left: number;
  right: number;
}

/** A year counts as out of view when its column's centre is: half a column shown is still seen. */
export function offscreenYears(years: readonly number[], x: ScaleLinear<number, number>, view: ChartWindow): OffscreenYears {
  const hiddenBefore = years.filter((year) => x(year) < view.left);
  const hiddenAfter = years.filter((year) => x(year) > view.right);
  const stretch = (list: number[]) => (list.length === 0 ? null : ([list[0], list[list.length - 1]] as const as readonly [number, number]));
  return { before: stretch(hiddenBefore), after: stretch(hiddenAfter) };
}

const yearsText = ([from, to]: readonly [number, number]) => (from === to ? String(from) : `${from}–${to}`);

/** What the hint under the chart says, or null when every year is on screen. */
export function offscreenHint({ before, after }: OffscreenYears): string | null {
  if (before !== null && after !== null) return `${yearsText(before)} and ${yearsText(after)} are off screen: swipe the chart sideways.`;
  if (after !== null) return `${yearsText(after)} ${after[0] === after[1] ? 'is' : 'are'} to the right: swipe the chart sideways.`;
  if (before !== null) return `${yearsText(before)} ${before[0] === before[1] ? 'is' : 'are'} to the left: swipe the chart sideways.`;
  return null;
}
