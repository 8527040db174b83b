/**
 * Forces for large graphs, plugged into d3-force's simulation in place of forceManyBody, forceCollide
 * and forceLink. Measured on this project's machine (bench/network): at 5,000 nodes and 20,000 links
 * d3's Barnes–Hut many-body took ~30 ms a tick, collide ~10 ms and link ~6 ms, so 300 ticks could not
 * settle within 3 s. A uniform grid with a cut-off does repulsion and collision in one pass in
 * about linear time; the link spring is d3's, on typed arrays. Same maths as d3 where they overlap.
 */
import type { SimulationNodeDatum } from 'd3-force';

export interface SizedNode extends SimulationNodeDatum {
  index: number;
  radius: number;
}

export interface Force<N extends SimulationNodeDatum> {
  (alpha: number): void;
  initialize: (nodes: N[], random: () => number) => void;
}

/**
 * Short-range repulsion (fading to zero at `range`) plus collision (nodes at least r₁ + r₂ + `padding` apart).
 * Far nodes do not push each other; forceX/forceY keep the whole together, so the result is an even disc
 * in which links pull communities together.
 */
export function forceGridRepulsion<N extends SizedNode>(range: number, strength: number, padding = 2): Force<N> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let dvx = new Float64Array(0);
  let dvy = new Float64Array(0);
  let order = new Int32Array(0);
  let cellOf = new Int32Array(0);

  const force = ((alpha: number) => {
    const n = nodes.length;
    if (n < 2) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let maxRadius = 0;
    for (let i = 0; i < n; i += 1) {
      const node = nodes[i] as N;
      const x = (node.x ?? 0) + (node.vx ?? 0);
      const y = (node.y ?? 0) + (node.vy ?? 0);
      px[i] = x;
      py[i] = y;
      dvx[i] = 0;
      dvy[i] = 0;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (node.radius > maxRadius) maxRadius = node.radius;
    }
    // A cell must span the interaction range; a cap on cells keeps memory bounded if nodes fly apart.
    let cell = Math.max(range, 2 * maxRadius + padding);
    cell = Math.max(cell, (maxX - minX) / 1024, (maxY - minY) / 1024);
    const cols = Math.floor((maxX - minX) / cell) + 1;
    const rows = Math.floor((maxY - minY) / cell) + 1;
    const starts = new Int32Array(cols * rows + 1);
    for (let i = 0; i < n; i += 1) {
      const c = Math.floor(((px[i] ?? 0) - minX) / cell) + Math.floor(((py[i] ?? 0) - minY) / cell) * cols;
      cellOf[i] = c;
      starts[c + 1] = (starts[c + 1] ?? 0) + 1;
    }
    for (let c = 0; c < cols * rows; c += 1) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
    const fill = starts.slice(0, cols * rows);
    for (let i = 0; i < n; i += 1) {
      const c = cellOf[i] ?? 0;
      order[fill[c] ?? 0] = i;
      fill[c] = (fill[c] ?? 0) + 1;
    }

    const range2 = range * range;
    const push = strength * alpha;
    const pair = (i: number, j: number) => {
      let dx = (px[j] ?? 0) - (px[i] ?? 0);
      let dy = (py[j] ?? 0) - (py[i] ?? 0);
      let d2 = dx * dx + dy * dy;
      const r = (nodes[i] as N).radius + (nodes[j] as N).radius + padding;
      if (d2 >= range2 && d2 >= r * r) return;
      if (d2 === 0) {
        dx = (random() - 0.5) * 1e-6;
        dy = (random() - 0.5) * 1e-6;
        d2 = dx * dx + dy * dy;
      }
      const d = Math.sqrt(d2);
      let f = d < range ? (push * (1 - d / range)) / d2 : 0;
      // Overlap is resolved half by each node, like forceCollide with strength 0.7.
      if (d < r) f += ((r - d) / d) * 0.35;
      dvx[i] = (dvx[i] ?? 0) - dx * f;
      dvy[i] = (dvy[i] ?? 0) - dy * f;
      dvx[j] = (dvx[j] ?? 0) + dx * f;
      dvy[j] = (dvy[j] ?? 0) + dy * f;
    };

    // Each pair once: a cell with itself, then with four of its eight neighbours.
    const neighbours: Array<[number, number]> = [
      [1, 0],
      [-1, 1],
      [0, 1],
      [1, 1],
    ];
    for (let cy = 0; cy < rows; cy += 1) {
      for (let cx = 0; cx < cols; cx += 1) {
        const c = cx + cy * cols;
        const from = starts[c] ?? 0;
        const to = starts[c + 1] ?? 0;
        if (from === to) continue;
        for (let a = from; a < to; a += 1) {
          const i = order[a] ?? 0;
          for (let b = a + 1; b < to; b += 1) pair(i, order[b] ?? 0);
        }
        for (const [ox, oy] of neighbours) {
          const nx = cx + ox;
          const ny = cy + oy;
          if (nx < 0 || nx >= cols || ny >= rows) continue;
          const other = nx + ny * cols;
          const oFrom = starts[other] ?? 0;
          const oTo = starts[other + 1] ?? 0;
          for (let a = from; a < to; a += 1) {
            const i = order[a] ?? 0;
            for (let b = oFrom; b < oTo; b += 1) pair(i, order[b] ?? 0);
          }
        }
      }
    }
    for (let i = 0; i < n; i += 1) {
      const node = nodes[i] as N;
      node.vx = (node.vx ?? 0) + (dvx[i] ?? 0);
      node.vy = (node.vy ?? 0) + (dvy[i] ?? 0);
    }
  }) as Force<N>;

  force.initialize = (initial, source) => {
    nodes = initial;
    random = source;
    const n = nodes.length;
    px = new Float64Array(n);
    py = new Float64Array(n);
    dvx = new Float64Array(n);
    dvy = new Float64Array(n);
    order = new Int32Array(n);
    cellOf = new Int32Array(n);
  };
  return force;
}

/**
 * d3's link spring (one iteration, strength ∝ 1 / smaller degree, bias toward the busier end),
 * with the links held in typed arrays instead of objects.
 */
export function forceLinkArrays<N extends SimulationNodeDatum>(
  pairs: readonly number[],
  distances: readonly number[],
  /** Multiplies d3's default strength; below 1 lets repulsion win against dense linking. */
  strengthScale = 1,
): Force<N> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  const m = Math.floor(pairs.length / 2);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const distance = new Float64Array(m);
  const strength = new Float64Array(m);
  const bias = new Float64Array(m);

  const force = ((alpha: number) => {
    for (let k = 0; k < m; k += 1) {
      const s = nodes[source[k] ?? 0] as N;
      const t = nodes[target[k] ?? 0] as N;
      let x = (t.x ?? 0) + (t.vx ?? 0) - (s.x ?? 0) - (s.vx ?? 0) || (random() - 0.5) * 1e-6;
      let y = (t.y ?? 0) + (t.vy ?? 0) - (s.y ?? 0) - (s.vy ?? 0) || (random() - 0.5) * 1e-6;
      let l = Math.sqrt(x * x + y * y);
      l = ((l - (distance[k] ?? 0)) / l) * alpha * (strength[k] ?? 0);
      x *= l;
      y *= l;
      const b = bias[k] ?? 0.5;
      t.vx = (t.vx ?? 0) - x * b;
      t.vy = (t.vy ?? 0) - y * b;
      s.vx = (s.vx ?? 0) + x * (1 - b);
      s.vy = (s.vy ?? 0) + y * (1 - b);
    }
  }) as Force<N>;

  force.initialize = (initial, source_) => {
    nodes = initial;
    random = source_;
    const count = new Float64Array(nodes.length);
    for (let k = 0; k < m; k += 1) {
      source[k] = pairs[2 * k] ?? 0;
      target[k] = pairs[2 * k + 1] ?? 0;
      distance[k] = distances[k] ?? 30;
      count[source[k] ?? 0] = (count[source[k] ?? 0] ?? 0) + 1;
      count[target[k] ?? 0] = (count[target[k] ?? 0] ?? 0) + 1;
    }
    for (let k = 0; k < m; k += 1) {
      const cs = count[source[k] ?? 0] ?? 1;
      const ct = count[target[k] ?? 0] ?? 1;
      strength[k] = strengthScale / Math.min(cs, ct);
      bias[k] = cs / (cs + ct);
    }
  };
  return force;
}
