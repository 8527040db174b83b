/**
 * Layout for graphs of thousands of nodes, in two steps (a two-level scheme, as in multilevel
 * force-directed drawing): first the hubs (themes and countries) are laid out as a small weighted
 * graph with d3's exact forces; then every other node starts between the hubs it links to and the
 * whole graph is relaxed with the grid forces of fastForces.ts. The hubs give the picture its
 * large-scale shape, which 5,000 nodes cooling from random starts would not find within the time budget.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { forceGridRepulsion, forceLinkArrays, type SizedNode } from './fastForces';
import { initialPosition, seededRandom, type LayoutInput, type LayoutPositions } from './layoutInput';

/** Layout units between neighbouring ordinary nodes; node radii are 6–22. */
const SPACING = 34;
const RELAX_TICKS = 70;
// Weak springs: the hub layout already encodes the structure; springs only keep neighbours nearby.
const LINK_SCALE = 0.08;
const REPULSION = 3;
const HUB_TICKS = 200;
/** Strongest hub–hub ties kept per hub. */
const HUB_TIES = 6;

interface HubNode extends SimulationNodeDatum {
  index: number;
  /** Radius of the hub together with the cloud of nodes that will gather around it. */
  reach: number;
}

interface HubLink {
  source: number | HubNode;
  target: number | HubNode;
  weight: number;
}

function neighboursOf(input: LayoutInput): number[][] {
  const neighbours: number[][] = input.ids.map(() => []);
  for (let i = 0; i + 1 < input.links.length; i += 2) {
    const s = input.links[i] ?? 0;
    const t = input.links[i + 1] ?? 0;
    neighbours[s]?.push(t);
    neighbours[t]?.push(s);
  }
  return neighbours;
}

/** Hubs linked through shared neighbours, laid out with forceManyBody / forceCollide (few nodes: exact is cheap). */
function layoutHubs(input: LayoutInput, hubs: number[], neighbours: number[][], isHub: Uint8Array): Map<number, [number, number]> {
  const hubIndex = new Map(hubs.map((h, i) => [h, i]));
  const members = new Float64Array(hubs.length);
  const weights = new Map<number, number>();
  neighbours.forEach((adjacent, node) => {
    if (isHub[node] === 1) return;
    const linkedHubs = adjacent.filter((a) => isHub[a] === 1).map((a) => hubIndex.get(a) ?? 0);
    for (const h of linkedHubs) members[h] = (members[h] ?? 0) + 1 / linkedHubs.length;
    for (let a = 0; a < linkedHubs.length; a += 1) {
      for (let b = a + 1; b < linkedHubs.length; b += 1) {
        const x = Math.min(linkedHubs[a] ?? 0, linkedHubs[b] ?? 0);
        const y = Math.max(linkedHubs[a] ?? 0, linkedHubs[b] ?? 0);
        weights.set(x * hubs.length + y, (weights.get(x * hubs.length + y) ?? 0) + 1);
      }
    }
  });
  const discRadius = SPACING * Math.sqrt(input.ids.length);
  const nodes: HubNode[] = hubs.map((h, index) => {
    const [x, y] = initialPosition(input.ids[h] ?? String(h), discRadius, input.seed);
    // A hub's cloud holds its share of the other nodes at SPACING apart.
    return { index, x, y, reach: SPACING * Math.sqrt((members[index] ?? 0) + 1) * 0.9 };
  });
  const links = strongestHubLinks(weights, hubs.length);
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const simulation = forceSimulation<HubNode>(nodes)
    .randomSource(seededRandom(input.seed))
    .force(
      'link',
      forceLink<HubNode, HubLink>(links)
        .id((d) => d.index)
        .distance((l) => {
          const s = l.source as HubNode;
          const t = l.target as HubNode;
          return (s.reach + t.reach) * 0.8;
        })
        .strength((l) => 0.02 + 0.4 * (l.weight / maxWeight)),
    )
    .force('charge', forceManyBody<HubNode>().strength((d) => -4 * d.reach))
    .force('collide', forceCollide<HubNode>((d) => d.reach).iterations(2))
    .force('x', forceX<HubNode>(0).strength(0.03))
    .force('y', forceY<HubNode>(0).strength(0.03))
    .stop();
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / HUB_TICKS));
  simulation.tick(HUB_TICKS);
  return new Map(nodes.map((n) => [hubs[n.index] ?? 0, [n.x ?? 0, n.y ?? 0]]));
}

/**
 * Each hub keeps only its strongest ties: hundreds of hubs can share members pairwise, and tens of
 * thousands of weak hub links would cost more than the whole rest of the layout.
 */
function strongestHubLinks(weights: Map<number, number>, hubCount: number): HubLink[] {
  const all = [...weights].map(([key, weight]) => ({ source: Math.floor(key / hubCount), target: key % hubCount, weight }));
  all.sort((a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target);
  const kept = new Uint16Array(hubCount);
  const links: HubLink[] = [];
  for (const link of all) {
    if ((kept[link.source] ?? 0) >= HUB_TIES && (kept[link.target] ?? 0) >= HUB_TIES) continue;
    kept[link.source] = (kept[link.source] ?? 0) + 1;
    kept[link.target] = (kept[link.target] ?? 0) + 1;
    links.push(link);
  }
  return links;
}

/** Every non-hub starts at the mean of its placed neighbours (hubs first, then nodes placed before it). */
function seedPositions(input: LayoutInput, neighbours: number[][], hubPositions: Map<number, [number, number]>): Float64Array {
  const n = input.ids.length;
  const xy = new Float64Array(2 * n);
  const placed = new Uint8Array(n);
  for (const [h, [x, y]] of hubPositions) {
    xy[2 * h] = x;
    xy[2 * h + 1] = y;
    placed[h] = 1;
  }
  const jitter = SPACING * 2.5;
  // Two sweeps: nodes linked only to other non-hubs find a placed neighbour in the second.
  for (let sweep = 0; sweep < 2; sweep += 1) {
    for (let i = 0; i < n; i += 1) {
      if (placed[i] === 1) continue;
      let sx = 0;
      let sy = 0;
      let count = 0;
      for (const j of neighbours[i] ?? []) {
        if (placed[j] !== 1) continue;
        sx += xy[2 * j] ?? 0;
        sy += xy[2 * j + 1] ?? 0;
        count += 1;
      }
      if (count === 0 && sweep === 0) continue;
      const [jx, jy] = initialPosition(input.ids[i] ?? String(i), count === 0 ? SPACING * Math.sqrt(n) : jitter, input.seed);
      xy[2 * i] = (count > 0 ? sx / count : 0) + jx;
      xy[2 * i + 1] = (count > 0 ? sy / count : 0) + jy;
      placed[i] = 1;
    }
  }
  return xy;
}

export function computeLargeLayout(input: LayoutInput, hubs: number[], onProgress?: (done: number) => void): LayoutPositions {
  const n = input.ids.length;
  const neighbours = neighboursOf(input);
  const isHub = new Uint8Array(n);
  for (const h of hubs) isHub[h] = 1;
  const hubPositions = layoutHubs(input, hubs, neighbours, isHub);
  onProgress?.(0.2);
  const start = seedPositions(input, neighbours, hubPositions);

  const nodes: SizedNode[] = input.ids.map((_, index) => ({
    index,
    x: start[2 * index] ?? 0,
    y: start[2 * index + 1] ?? 0,
    radius: input.radii[index] ?? 6,
  }));
  const simulation = forceSimulation<SizedNode>(nodes)
    .randomSource(seededRandom(input.seed))
    // Starting cooler than 1: the seeded positions are already close, so only local untangling is left.
    .alpha(0.5)
    .force('link', forceLinkArrays<SizedNode>(input.links, input.distances, LINK_SCALE))
    .force('repulsion', forceGridRepulsion<SizedNode>(SPACING * 1.6, SPACING * REPULSION))
    .force('x', forceX<SizedNode>(0).strength(0.005))
    .force('y', forceY<SizedNode>(0).strength(0.005))
    .stop();
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin() / 0.5, 1 / RELAX_TICKS));
  const step = Math.ceil(RELAX_TICKS / 8);
  for (let done = 0; done < RELAX_TICKS; done += step) {
    simulation.tick(Math.min(step, RELAX_TICKS - done));
    onProgress?.(0.2 + 0.8 * Math.min(1, (done + step) / RELAX_TICKS));
  }
  const positions = new Float64Array(2 * n);
  for (const node of nodes) {
    positions[2 * node.index] = node.x ?? 0;
    positions[2 * node.index + 1] = node.y ?? 0;
  }
  return positions;
}
