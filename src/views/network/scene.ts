/**
 * What both renderers draw: the visible graph with layout positions, sizes and label priorities,
 * and the maths from layout units to screen pixels. Pure, so SVG and canvas cannot disagree.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { LinkKind, NetworkGraph, NetworkNode, NodeKind } from '../../model/networkGraph';
import { graphRadii, linkWidth } from './nodeStyle';
import { formatCount } from '../../model/formatCount';

export interface SceneNode {
  id: string;
  kind: NodeKind;
  ref: string;
  label: string;
  size: number;
  own?: true;
  /** Layout position and radius (layout units). */
  x: number;
  y: number;
  r: number;
}

export interface SceneLink {
  source: SceneNode;
  target: SceneNode;
  kind: LinkKind;
  /** Stroke width in screen pixels at zoom 1. */
  width: number;
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  byId: Map<string, SceneNode>;
}

/** A zoom transform as d3-zoom gives it: screen = layout × k + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

/** Positions by node id: from the layout, or from where a person dragged the node. */
export type PositionOf = (id: string) => readonly [number, number] | undefined;

export function buildScene(graph: NetworkGraph, positionOf: PositionOf): Scene {
  const nodes: SceneNode[] = [];
  const nodeRadius = graphRadii(graph);
  for (const node of graph.nodes) {
    const p = positionOf(node.id);
    if (p === undefined) continue;
    nodes.push({ id: node.id, kind: node.kind, ref: node.ref, label: node.label, size: node.size, ...(node.own ? { own: true } : {}), x: p[0], y: p[1], r: nodeRadius(node) });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SceneLink[] = [];
  const heaviest = new Map<LinkKind, number>();
  for (const link of graph.links) heaviest.set(link.kind, Math.max(heaviest.get(link.kind) ?? 0, link.weight));
  for (const link of graph.links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (source !== undefined && target !== undefined) links.push({ source, target, kind: link.kind, width: linkWidth(link.weight, heaviest.get(link.kind)) });
  }
  return { nodes, links, byId };
}

/**
 * Radius on screen: true to scale when zoomed out (so the layout's spacing keeps nodes apart),
 * growing more slowly when zoomed in (so a close-up does not turn into a few giant discs).
 */
export function screenRadius(r: number, k: number): number {
  return Math.max(1.5, k <= 1 ? r * k : r * Math.sqrt(k));
}

export function toScreen(view: View, x: number, y: number): [number, number] {
  return [x * view.k + view.x, y * view.k + view.y];
}

export function toLayout(view: View, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.k, (sy - view.y) / view.k];
}

/** The transform that shows all `nodes` (with their radii) inside width × height, never zooming in past maxK. */
export function fitView(nodes: ReadonlyArray<Pick<SceneNode, 'x' | 'y' | 'r'>>, width: number, height: number, padding = 28, maxK = 1.6): View {
  if (nodes.length === 0 || width <= 0 || height <= 0) return { k: 1, x: width / 2, y: height / 2 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  const availableW = Math.max(1, width - 2 * padding);
  const availableH = Math.max(1, height - 2 * padding);
  const k = Math.min(maxK, availableW / Math.max(1, x1 - x0), availableH / Math.max(1, y1 - y0));
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

/** Keeps the zoom (at least minK) and moves the node to the middle of the viewport. */
export function centreOn(view: View, node: Pick<SceneNode, 'x' | 'y'>, width: number, height: number, minK = 1): View {
  const k = Math.max(view.k, minK);
  return { k, x: width / 2 - node.x * k, y: height / 2 - node.y * k };
}

/**
 * Whose name is placed first at rest: themes (what was said), then experts (who said it), then
 * countries, then a group's "+212 more", which is named only where nothing else wants the room.
 */
const LABEL_TIER: Record<NodeKind, number> = { theme: 3, expert: 2, country: 1, group: 0 };

/** Label order: what the person is looking at first, then by kind (LABEL_TIER), the largest first within a kind. */
export function labelPriority(node: SceneNode, focus: { selected: ReadonlySet<string>; hovered: string | null; highlighted: ReadonlySet<string> | null }): number {
  if (node.id === focus.hovered) return 1e6;
  if (focus.selected.has(node.id)) return 1e5;
  // Within a tier by size on a log scale: a cap at 999 tied every theme and the top experts of a large corpus.
  const base = LABEL_TIER[node.kind] * 1000 + Math.min(999, Math.round(100 * Math.log10(1 + node.size)));
  return focus.highlighted?.has(node.id) === true ? 1e4 + base : base;
}

/** Long theme names ("Culture, education, science and tourism") are cut at a word for the graph; lists show them whole. */
export function shortLabel(label: string, max = 24): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max);
  // The last break (space, comma or hyphen) that keeps at least a third of the room.
  const space = cut.search(/[\s,-]+[^\s,-]*$/);
  return `${(space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,-]+$/, '')}…`;
}

/** What the tooltip says; `countryName` names a group's country ("Russia" for group:RUS). */
export function nodeSummary(node: Pick<NetworkNode, 'kind' | 'size' | 'label'>, countryName?: string): string {
  const n = node.size;
  const count = formatCount(n);
  switch (node.kind) {
    case 'group':
      return `${count} more ${n === 1 ? 'expert' : 'experts'} from ${countryName ?? 'this country'}, not drawn one by one: click to show them`;
    case 'expert':
      return `${node.label}: expert, ${count} ${n === 1 ? 'quote' : 'quotes'}`;
    case 'theme':
      return `${node.label}: theme, ${count} ${n === 1 ? 'mention' : 'mentions'} by experts`;
    case 'country':
      return `${node.label}: country, ${count} ${n === 1 ? 'expert' : 'experts'}`;
  }
}

/** Nodes indexed by layout position, for hit testing on the canvas. */
export function nodeIndex(scene: Scene): { tree: Quadtree<SceneNode>; maxRadius: number } {
  const tree = quadtree<SceneNode>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll(scene.nodes);
  return { tree, maxRadius: scene.nodes.reduce((max, n) => Math.max(max, n.r), 0) };
}

/** The node drawn under a screen point (within a few pixels of its edge, for small targets), or null. */
export function nodeAt(index: ReturnType<typeof nodeIndex>, view: View, sx: number, sy: number, slop = 3): SceneNode | null {
  const [lx, ly] = toLayout(view, sx, sy);
  const reach = (screenRadius(index.maxRadius, view.k) + slop) / view.k;
  const found = index.tree.find(lx, ly, reach);
  if (found === undefined) return null;
  const [nx, ny] = toScreen(view, found.x, found.y);
  return Math.hypot(nx - sx, ny - sy) <= screenRadius(found.r, view.k) + slop ? found : null;
}
