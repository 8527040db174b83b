import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { CENTRAL_MERIDIAN, EURASIA_FRAME } from '../../model/mapFrame';
import type { WorldShape } from './worldShapes';

/**
 * The outlines the loading shell paints before any script has run (scripts/build/loadingShell.ts):
 * projected at build time into a box that is exactly the default frame's projected bounds, so an
 * SVG with this viewBox, `preserveAspectRatio="xMidYMid meet"` and the stage's frame padding
 * (.map-early in map.css) lands where the map's own projection (projection.ts: the frame fitted to
 * the stage less its padding, centred) draws the same outlines, at any stage size, without a script.
 */
export interface EarlyOutline {
  /** "0 0 width height": the frame's projected bounds. */
  viewBox: string;
  shapes: readonly { key: string; iso3: string | null; d: string }[];
}

/** The box's width in SVG units: about a pixel at a laptop's stage, so whole units are fine enough. */
export const EARLY_OUTLINE_WIDTH = 1000;

/**
 * How far past the frame, in frames, the outlines are drawn (clipped there): a wide stage (1440×900:
 * about 2.8 wide to 1 high, the frame 1.8) shows about a quarter of a frame more on each side, a
 * phone's taller stage as much more above and below.
 */
const MARGIN = 0.45;

/** How far (SVG units, about a pixel at a laptop's stage) a simplified outline may stray from the drawn one. */
const TOLERANCE = 0.7;

/**
 * Path data in whole units, relative after the first point of each ring ("M12 34l3-2 4 5z"): a
 * third the size of d3's absolute output. Rounded absolutely first, so the steps add up exactly.
 */
/** Whole units, without repeats: a step that rounds to nothing says nothing. */
function rounded(points: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of points) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Douglas–Peucker: the fewest points that stay within `tolerance` units of the line. */
function simplified(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    const [ax, ay] = points[from] as [number, number];
    const [bx, by] = points[to] as [number, number];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i += 1) {
      const [px, py] = points[i] as [number, number];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function compactPath() {
  let d = '';
  let ring: [number, number][] = [];
  const flush = () => {
    ring = rounded(simplified(ring, TOLERANCE));
    const first = ring[0];
    if (first !== undefined && ring.length > 2) {
      let [px, py] = first;
      d += `M${px} ${py}l`;
      let steps = '';
      for (const [x, y] of ring.slice(1)) {
        const dx = x - px;
        const dy = y - py;
        steps += `${steps === '' || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
        px = x;
        py = y;
      }
      d += `${steps}z`;
    }
    ring = [];
  };
  const add = (x: number, y: number) => {
    ring.push([x, y]);
  };
  return {
    context: {
      moveTo: (x: number, y: number) => {
        flush();
        add(x, y);
      },
      lineTo: add,
      closePath: flush,
      beginPath: () => undefined,
      arc: () => undefined,
    },
    take: () => {
      flush();
      const out = d;
      d = '';
      return out;
    },
  };
}

/** The projection of the early outlines: the default frame fitted exactly into the box "0 0 width height". */
export function earlyOutlineProjection(): { projection: GeoProjection; width: number; height: number } {
  const base = geoEqualEarth().rotate([-CENTRAL_MERIDIAN, 0]);
  const [[x0, y0], [x1, y1]] = geoPath(base).bounds(EURASIA_FRAME);
  const width = EARLY_OUTLINE_WIDTH;
  const height = Math.round((width * (y1 - y0)) / (x1 - x0));
  const projection = base.precision(1).fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    EURASIA_FRAME,
  );
  return { projection, width, height };
}

export function earlyOutline(shapes: readonly WorldShape[]): EarlyOutline {
  const { projection, width, height } = earlyOutlineProjection();
  projection.clipExtent([
    [-MARGIN * width, -MARGIN * height],
    [(1 + MARGIN) * width, (1 + MARGIN) * height],
  ]);
  const { context, take } = compactPath();
  const path = geoPath(projection, context);
  return {
    viewBox: `0 0 ${width} ${height}`,
    shapes: shapes.flatMap((shape) => {
      path(shape.feature);
      const d = take();
      return d === '' ? [] : [{ key: shape.key, iso3: shape.iso3, d }];
    }),
  };
}
