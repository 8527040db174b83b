/**
 * How a step change animates: the year walks through every year between (about 250 ms a year, so
 * the map repaints each year and the slider's thumb glides), while the map's framing eases from
 * the old view to the new. Pure: the controller asks "where are we at t ms?".
 */
export type Framing = [lon: number, lat: number, zoom: number];

export interface TweenEnds {
  /** The year the map shows (null in the store means its last year; resolve that before calling). */
  year: number;
  /** The map's framing; the default framing resolved to its centre and zoom 1. */
  framing: Framing;
}

export interface TweenOptions {
  msPerYear: number;
  /** A long jump (1996 → 2025) is compressed so that no transition drags past this. */
  maxYearsMs: number;
  /** How long a change of framing takes when the year does not move. */
  framingMs: number;
}

export const DEFAULT_TWEEN: TweenOptions = { msPerYear: 250, maxYearsMs: 3000, framingMs: 700 };

export interface Tween {
  duration: number;
  /** False when only the year changes: the framing is then left alone. */
  framingMoves: boolean;
  yearAt: (ms: number) => number;
  framingAt: (ms: number) => Framing;
}

function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

function sameFraming(a: Framing, b: Framing): boolean {
  return Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6 && Math.abs(a[2] - b[2]) < 1e-6;
}

/** Shortest way round in longitude, so a pan from 170°E to 170°W does not cross the whole map; lonDelta(0, x) wraps x into [-180, 180). */
function lonDelta(from: number, to: number): number {
  return ((((to - from + 180) % 360) + 360) % 360) - 180;
}

export function planTween(from: TweenEnds, to: TweenEnds, options: TweenOptions = DEFAULT_TWEEN): Tween {
  const years = Math.abs(to.year - from.year);
  const direction = Math.sign(to.year - from.year);
  const msPerYear = years === 0 ? 0 : Math.min(options.msPerYear, options.maxYearsMs / years);
  const yearsMs = years * msPerYear;
  const moves = !sameFraming(from.framing, to.framing);
  const duration = Math.max(yearsMs, moves ? options.framingMs : 0);

  const yearAt = (ms: number) => {
    if (ms >= yearsMs) return to.year;
    // The first new year appears at once: a key press should show that something started.
    return from.year + direction * Math.min(years, Math.floor(ms / msPerYear) + 1);
  };

  const [lon0, lat0, k0] = from.framing;
  const [lon1, lat1, k1] = to.framing;
  const dLon = lonDelta(lon0, lon1);
  const framingAt = (ms: number): Framing => {
    if (!moves || ms >= duration) return to.framing;
    const t = easeCubicInOut(Math.max(0, ms) / duration);
    // Zoom changes geometrically, so zooming in ×4 feels as fast at the start as at the end.
    return [lonDelta(0, lon0 + dLon * t), lat0 + (lat1 - lat0) * t, k0 * (k1 / k0) ** t];
  };

  return { duration, framingMoves: moves, yearAt, framingAt };
}
