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
  shape: 'circle' | 'diamond' | 'hexagon';
  fill: string;
  /** Darker edge so light fills stay visible on white (WCAG 1.4.11 non-text contrast). */
  stroke: string;
}

// Okabe–Ito hues darkened for ≥ 3:1 against white; the map's status colours stay distinct in meaning.
export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  expert: { label: 'Expert', plural: 'Experts', shape: 'circle', fill: '#3b82c4', stroke: '#1d4f80' },
  theme: { label: 'Theme', plural: 'Themes', shape: 'diamond', fill: '#e69f00', stroke: '#8a5a00' },
  country: { label: 'Country', plural: 'Countries', shape: 'hexagon', fill: '#2a9d78', stroke: '#17614a' },
};

export const NODE_KINDS: readonly NodeKind[] = ['expert', 'theme', 'country'];

export const LINK_STYLE: Record<LinkKind, { label: string; colour: string; dash: number[] }> = {
  'expert-theme': { label: 'spoke on', colour: '#b07a10', dash: [] },
  'expert-country': { label: 'from', colour: '#3a8a70', dash: [4, 3] },
  'expert-expert': { label: 'in the same article', colour: '#5a6b80', dash: [] },
};

/** Area grows with the count (radius with its square root), capped so one prolific voice cannot cover the rest. */
export function nodeRadius(node: Pick<NetworkNode, 'kind' | 'size'>): number {
  const grow = Math.sqrt(Math.max(0, node.size));
  switch (node.kind) {
    case 'expert':
      return Math.min(22, 6 + 2.6 * grow);
    case 'theme':
      return Math.min(20, 8 + 1.2 * grow);
    case 'country':
      return Math.min(20, 9 + 2 * grow);
  }
}

/** Preferred link lengths: experts sit close to co-speakers, a little further from themes and countries. */
const LINK_DISTANCE: Record<LinkKind, number> = {
  'expert-theme': 70,
  'expert-country': 55,
  'expert-expert': 45,
};

/** Link stroke width in screen pixels: heavier for links that carry more (hits, shared articles). */
export function linkWidth(weight: number): number {
  return Math.min(5, 0.8 + Math.log2(1 + weight) * 0.7);
}

export function layoutInputOf(graph: NetworkGraph, seed = DEFAULT_SEED): LayoutInput {
  const indexOf = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const links: number[] = [];
  const distances: number[] = [];
  for (const link of graph.links) {
    const s = indexOf.get(link.source);
    const t = indexOf.get(link.target);
    if (s === undefined || t === undefined) continue;
    links.push(s, t);
    distances.push(LINK_DISTANCE[link.kind]);
  }
  const hubs: number[] = [];
  graph.nodes.forEach((n, i) => {
    if (n.kind !== 'expert') hubs.push(i);
  });
  return { ids: graph.nodes.map((n) => n.id), radii: graph.nodes.map(nodeRadius), links, distances, hubs, seed };
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
