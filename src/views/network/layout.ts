/**
 * Seeded force layout: the same graph gives the same picture on every machine and every reload,
 * because people present it and point at places. Pure math on plain arrays (no DOM), so the
 * same function runs on the main thread for small graphs and in layout.worker.ts for large ones.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { computeLargeLayout } from './largeLayout';
import { initialPosition, seededRandom, type LayoutInput, type LayoutPositions } from './layoutInput';

export { DEFAULT_SEED, type LayoutInput, type LayoutPositions } from './layoutInput';

interface LayoutNode extends SimulationNodeDatum {
  index: number;
  radius: number;
}

interface LayoutLink {
  source: number | LayoutNode;
  target: number | LayoutNode;
  distance: number;
  strength: number | undefined;
}

/** Above this many nodes the two-level layout of largeLayout.ts takes over (d3's exact forces are too slow there). */
export const LARGE_LAYOUT_ABOVE = 300;

function computeSmallLayout(input: LayoutInput, onProgress?: (done: number) => void): LayoutPositions {
  const n = input.ids.length;
  const discRadius = 30 * Math.sqrt(n + 1);
  const nodes: LayoutNode[] = input.ids.map((id, index) => {
    const [x, y] = initialPosition(id, discRadius, input.seed);
    return { index, x, y, radius: input.radii[index] ?? 5 };
  });
  const links: LayoutLink[] = [];
  for (let i = 0; i + 1 < input.links.length; i += 2) {
    links.push({ source: input.links[i] ?? 0, target: input.links[i + 1] ?? 0, distance: input.distances[i / 2] ?? 40, strength: input.strengths?.[i / 2] });
  }
  const degree = new Array<number>(n).fill(0);
  for (const link of links) {
    degree[link.source as number] = (degree[link.source as number] ?? 0) + 1;
    degree[link.target as number] = (degree[link.target as number] ?? 0) + 1;
  }
  // d3's default strength, where the input gives none.
  const defaultStrength = (l: LayoutLink) => 1 / Math.max(1, Math.min(degree[(l.source as LayoutNode).index] ?? 1, degree[(l.target as LayoutNode).index] ?? 1));
  const simulation = forceSimulation<LayoutNode>(nodes)
    .randomSource(seededRandom(input.seed))
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .id((d) => d.index)
        .distance((l) => l.distance)
        .strength((l) => l.strength ?? defaultStrength(l)),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-160))
    .force('collide', forceCollide<LayoutNode>((d) => d.radius + 2).iterations(2))
    // Weak pulls to the middle keep disconnected groups (an expert with no themes yet) on screen.
    .force('x', forceX<LayoutNode>(0).strength(input.gravity ?? DEFAULT_GRAVITY))
    .force('y', forceY<LayoutNode>(0).strength(input.gravity ?? DEFAULT_GRAVITY))
    .stop();
  // Cool from alpha 1 to d3's alphaMin in SMALL_TICKS ticks: the layout has come to rest.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / SMALL_TICKS));
  const step = Math.ceil(SMALL_TICKS / 10);
  for (let done = 0; done < SMALL_TICKS; done += step) {
    simulation.tick(Math.min(step, SMALL_TICKS - done));
    onProgress?.(Math.min(1, (done + step) / SMALL_TICKS));
  }
  const positions = new Float64Array(n * 2);
  for (const node of nodes) {
    positions[node.index * 2] = node.x ?? 0;
    positions[node.index * 2 + 1] = node.y ?? 0;
  }
  return positions;
}

const SMALL_TICKS = 300;
const DEFAULT_GRAVITY = 0.04;

/**
 * Runs the simulation to rest synchronously and returns the settled positions.
 * `onProgress` is told the share of ticks done (the worker forwards it to the loading bar).
 */
export function computeLayout(input: LayoutInput, onProgress?: (done: number) => void): LayoutPositions {
  const clean = withoutSelfLinks(input);
  return clean.ids.length > LARGE_LAYOUT_ABOVE && clean.hubs.length > 0
    ? computeLargeLayout(clean, clean.hubs, onProgress)
    : computeSmallLayout(clean, onProgress);
}

/** Drops links that point at themselves or past the node list, so neither layout has to check. */
function withoutSelfLinks(input: LayoutInput): LayoutInput {
  const n = input.ids.length;
  const links: number[] = [];
  const distances: number[] = [];
  const strengths: number[] = [];
  for (let i = 0; i + 1 < input.links.length; i += 2) {
    const s = input.links[i] ?? -1;
    const t = input.links[i + 1] ?? -1;
    if (s === t || s < 0 || t < 0 || s >= n || t >= n) continue;
    links.push(s, t);
    distances.push(input.distances[i / 2] ?? 40);
    if (input.strengths !== undefined) strengths.push(input.strengths[i / 2] ?? 0.1);
  }
  const clean: LayoutInput = { ...input, links, distances, hubs: input.hubs.filter((h) => h >= 0 && h < n) };
  if (input.strengths !== undefined) clean.strengths = strengths;
  return clean;
}
