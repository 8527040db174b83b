/**
 * How each kind of node looks: shape AND colour (never colour alone), and how big.
 * One table for the SVG renderer, the canvas renderer and the legend, so they cannot drift apart.
 * Colours are given here rather than as CSS variables because the canvas needs the values.
 */
import type { LinkKind, NetworkGraph, NetworkNode, NodeKind } from '../../model/networkGraph';
import { DEFAULT_SEED, type LayoutInput } from './layoutInput';

export interface KindStyle {
  label: string;
  /** Plural for counts and list headings. */
  plural: string;
  shape: 'circle' | 'diamond' | 'hexagon' | 'square';
  fill: string;
  /** Darker edge so light fills stay visible on white (WCAG 1.4.11 non-text contrast). */
  stroke: string;
}

// Okabe–Ito hues darkened for ≥ 3:1 against white; the map's status colours stay distinct in meaning.
export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  expert: { label: 'Expert', plural: 'Experts', shape: 'circle', fill: '#3b82c4', stroke: '#1d4f80' },
  theme: { label: 'Theme', plural: 'Themes', shape: 'diamond', fill: '#e69f00', stroke: '#8a5a00' },
  country: { label: 'Country', plural: 'Countries', shape: 'hexagon', fill: '#2a9d78', stroke: '#17614a' },
  // The experts of a country not drawn one by one: the experts' blue, paler, in a box of their own.
  group: { label: 'More experts from the country', plural: 'More experts', shape: 'square', fill: '#b9d3ee', stroke: '#1d4f80' },
};

export const NODE_KINDS: readonly NodeKind[] = ['expert', 'theme', 'country', 'group'];

/** `opacity`: how strongly the kind is drawn at rest (a hover lights any link fully). */
export const LINK_STYLE: Record<LinkKind, { label: string; colour: string; dash: number[]; opacity: number }> = {
  'expert-theme': { label: 'spoke on', colour: '#b07a10', dash: [], opacity: 0.45 },
  // Country links run across the drawing to the countries around it: quieter, so the themes read.
  'expert-country': { label: 'from', colour: '#3a8a70', dash: [4, 3], opacity: 0.3 },
  'expert-expert': { label: 'in the same article', colour: '#5a6b80', dash: [], opacity: 0.45 },
};

/** Radius range of experts: the most quoted expert drawn gets the largest. */
const EXPERT_RADIUS = { min: 5, max: 15 };

/**
 * Area grows with the count (radius with its square root), capped so one prolific voice cannot cover
 * the rest. Experts are sized against the most quoted expert drawn (`mostQuotes`): in a large corpus
 * the hundred shown all have hundreds of quotes, and a fixed scale would draw them all at its cap.
 */
export function nodeRadius(node: Pick<NetworkNode, 'kind' | 'size'>, mostQuotes = node.size): number {
  const grow = Math.sqrt(Math.max(0, node.size));
  switch (node.kind) {
    case 'expert':
      return EXPERT_RADIUS.min + (EXPERT_RADIUS.max - EXPERT_RADIUS.min) * Math.sqrt(Math.max(0, node.size) / Math.max(1, mostQuotes, node.size));
    case 'theme':
      return Math.min(20, 8 + 1.2 * grow);
    case 'country':
      return Math.min(20, 9 + 2 * grow);
    case 'group':
      return Math.min(18, 6 + 0.8 * grow);
  }
}

/** Node id → radius for every node of `graph`, experts scaled against its most quoted. */
export function graphRadii(graph: Pick<NetworkGraph, 'nodes'>): (node: Pick<NetworkNode, 'kind' | 'size'>) => number {
  const mostQuotes = graph.nodes.reduce((max, n) => (n.kind === 'expert' ? Math.max(max, n.size) : max), 1);
  return (node) => nodeRadius(node, mostQuotes);
}

/** Preferred link lengths: experts sit close to co-speakers, a little further from themes and countries. */
const LINK_DISTANCE: Record<LinkKind, number> = {
  'expert-theme': 70,
  'expert-country': 55,
  'expert-expert': 45,
};

const GROUP_DISTANCE = 26;
/** A summary's pull to the middle (layoutInput.ts gravity). */
const SUMMARY_GRAVITY = 0.15;
/**
 * A summary's springs: experts gather round their main themes, and their countries, each tied to
 * a few experts scattered over the drawing, follow rather than lead (d3's default strength would
 * make a country's springs the strongest, and pull every expert into one ball).
 */
const SUMMARY_STRENGTH: Record<LinkKind, number> = { 'expert-theme': 0.5, 'expert-country': 0.04, 'expert-expert': 0.02 };
/** An expert's other themes pull only a little, so experts cluster by main theme instead of piling up between all of them. */
const SUMMARY_OTHER_THEME = 0.03;

/**
 * Link stroke width in screen pixels: heavier for links that carry more (hits, shared articles),
 * against the heaviest link of the kind drawn, so a large corpus's links are not all at the cap.
 */
export function linkWidth(weight: number, heaviest = weight): number {
  return 0.7 + 2.6 * Math.sqrt(Math.max(0, weight) / Math.max(1, heaviest, weight));
}

export function layoutInputOf(graph: NetworkGraph, seed = DEFAULT_SEED): LayoutInput {
  const indexOf = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const links: number[] = [];
  const distances: number[] = [];
  const strengths: number[] = [];
  const summary = graph.nodes.some((n) => n.kind === 'group');
  // Each expert's heaviest theme: in a summary the expert sits by it.
  const mainTheme = new Map<string, NetworkGraph['links'][number]>();
  for (const link of graph.links) {
    const current = mainTheme.get(link.source);
    if (link.kind === 'expert-theme' && (current === undefined || link.weight > current.weight)) mainTheme.set(link.source, link);
  }
  for (const link of graph.links) {
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    if (s === undefined || t === undefined) continue;
    links.push(s, t);
    // A country's group of experts not drawn sits close beside the country.
    const group = link.source.startsWith('group:');
    distances.push(group ? GROUP_DISTANCE : LINK_DISTANCE[link.kind]);
    strengths.push(group ? 1 : link.kind === 'expert-theme' && mainTheme.get(link.source) !== link ? SUMMARY_OTHER_THEME : SUMMARY_STRENGTH[link.kind]);
  }
  const hubs: number[] = [];
  graph.nodes.forEach((n, i) => {
    if (n.kind === 'theme' || n.kind === 'country') hubs.push(i);
  });
  const radius = graphRadii(graph);
  const input: LayoutInput = { ids: graph.nodes.map((n) => n.id), radii: graph.nodes.map((n) => radius(n)), links, distances, hubs, seed };
  if (summary) {
    input.gravity = SUMMARY_GRAVITY;
    input.strengths = strengths;
  }
  return input;
}

/** SVG path of a node's shape centred on (0, 0). */
export function shapePath(shape: KindStyle['shape'], r: number): string {
  const points = shapePoints(shape, r);
  if (points === null) return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

/** Corner points of polygonal shapes (null for a circle); shared with the canvas renderer. */
export function shapePoints(shape: KindStyle['shape'], r: number): Array<[number, number]> | null {
  if (shape === 'circle') return null;
  if (shape === 'square') {
    // The same area as a circle of radius r.
    const h = r * 0.886;
    return [
      [-h, -h],
      [h, -h],
      [h, h],
      [-h, h],
    ];
  }
  if (shape === 'diamond') {
    // A diamond's area at the same r is smaller than a circle's; 1.2 makes equal counts look equal.
    const d = r * 1.2;
    return [
      [0, -d],
      [d, 0],
      [0, d],
      [-d, 0],
    ];
  }
  const h = r * 1.08;
  return Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i + Math.PI / 6;
    return [h * Math.cos(angle), h * Math.sin(angle)] as [number, number];
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
