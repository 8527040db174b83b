/**
 * Brush ↔ year range. The brush works in pixels; the store holds whole years. A selection snaps to
 * the nearest column edges (like d3's snapping-brush example rounds to days), and a drag too short
 * to cross an edge picks the one column it sits in.
 */
import type { ScaleLinear } from 'd3-scale';
import { columnEdges } from './timelineLayout';

function clamp(value: number, [lo, hi]: readonly [number, number]): number {
  return Math.min(hi, Math.max(lo, value));
}

/** Pixel selection → inclusive [from, to] years within the span. */
export function yearsFromBrush(
  selection: readonly [number, number],
  x: ScaleLinear<number, number>,
  span: readonly [number, number],
): [number, number] {
  const [left, right] = selection[0] <= selection[1] ? selection : [selection[1], selection[0]];
  // Column edges sit at year ± ½: rounding (position + ½) finds the nearest edge.
  let from = Math.round(x.invert(left) + 0.5);
  let to = Math.round(x.invert(right) + 0.5) - 1;
  if (to < from) {
    from = Math.round(x.invert((left + right) / 2));
    to = from;
  }
  return [clamp(from, span), clamp(to, span)];
}

/** Inclusive year range → the pixel selection that covers those columns exactly. */
export function brushFromYears(range: readonly [number, number], x: ScaleLinear<number, number>): [number, number] {
  return [columnEdges(x, range[0])[0], columnEdges(x, range[1])[1]];
}

/**
 * Two typed years → a valid range inside the span, or null while the input is not a year yet.
 * When the years cross, the one just edited wins and the other follows it, so arrow keys on
 * "From year" can walk past "To year" without the two fields swapping under the user's hands.
 */
export function rangeFromInputs(
  from: number,
  to: number,
  span: readonly [number, number],
  edited: 'from' | 'to',
): [number, number] | null {
  if (!Number.isInteger(from) || !Number.isInteger(to)) return null;
  const a = clamp(from, span);
  const b = clamp(to, span);
  if (a <= b) return [a, b];
  return edited === 'from' ? [a, a] : [b, b];
}
