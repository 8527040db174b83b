/**
 * Greedy label placement by priority (the classic cartographic approach, e.g. Imhof's rules as used
 * in map labelling): the most important labels are placed first, each at the first of a few positions
 * around its node that overlaps neither a placed label nor another node; labels that fit nowhere are
 * dropped. Pure, in screen pixels, with a uniform grid so thousands of candidates stay cheap.
 * The network labels its nodes with it, the map its countries (centred on the country first).
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** Node centre and radius in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Measured text size in pixels. */
  width: number;
  height: number;
  /** Higher is placed first (selected, hovered, then by size). */
  priority: number;
  /** Shown even over other nodes when every position is taken by one (the hovered or selected node). */
  mustShow?: boolean;
  /**
   * Where to try: 'around' the node (the default: right, left, below, above), 'centre-first' on the
   * point and then around it (a country's name on the country), or 'centre' only (a name that
   * must sit inside its country or not at all).
   */
  placement?: LabelPlacementMode;
}

export type LabelPlacementMode = 'around' | 'centre-first' | 'centre';

export type LabelAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  /** Text anchor point: x at the anchor, y at the text's vertical middle. */
  x: number;
  y: number;
  anchor: LabelAnchor;
  box: Box;
}

export interface PlacementOptions {
  /** Labels must lie inside (the visible viewport). */
  bounds: Box;
  /** Other nodes' discs, which labels must not cover; a label may touch its own node. */
  nodes?: ReadonlyArray<{ id: string; x: number; y: number; r: number }>;
  /** Areas no label may cover, even a must-show one (map controls drawn over the drawing). */
  obstacles?: readonly Box[];
  /** Stop after this many labels (large graphs: the rest would be unreadable anyway). */
  maxLabels?: number;
  gap?: number;
}

const CELL = 48;

class BoxGrid {
  private readonly cells = new Map<number, Array<{ box: Box; owner: string; isLabel: boolean }>>();

  private *keys(box: Box): Generator<number> {
    const cx0 = Math.floor(box.x0 / CELL);
    const cx1 = Math.floor(box.x1 / CELL);
    const cy0 = Math.floor(box.y0 / CELL);
    const cy1 = Math.floor(box.y1 / CELL);
    for (let cy = cy0; cy <= cy1; cy += 1) for (let cx = cx0; cx <= cx1; cx += 1) yield cx * 73856093 + cy * 19349663;
  }

  add(box: Box, owner: string, isLabel: boolean) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [{ box, owner, isLabel }]);
      else cell.push({ box, owner, isLabel });
    }
  }

  /** True when the box overlaps a label, or (unless `labelsOnly`) a node other than `except`. */
  collides(box: Box, except: string, labelsOnly = false): boolean {
    for (const key of this.keys(box)) {
      for (const entry of this.cells.get(key) ?? []) {
        if ((entry.isLabel || (!labelsOnly && entry.owner !== except)) && overlaps(entry.box, box)) return true;
      }
    }
    return false;
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
}

/** The positions to try, in order. Around a node: right first (reads naturally in a left-to-right script), then left, below, above. */
function positionsFor(c: LabelCandidate, gap: number): Array<Omit<PlacedLabel, 'id'>> {
  const h = c.height / 2;
  const mode = c.placement ?? 'around';
  const centre: Omit<PlacedLabel, 'id'> = { x: c.x, y: c.y, anchor: 'middle', box: { x0: c.x - c.width / 2, y0: c.y - h, x1: c.x + c.width / 2, y1: c.y + h } };
  if (mode === 'centre') return [centre];
  const [right, left, below, above] = aroundPositions(c, gap, h);
  // A name that leaves its centre had better stay over its country: just below or above it first.
  return mode === 'centre-first' ? [centre, below, above, right, left] : [right, left, below, above];
}

function aroundPositions(c: LabelCandidate, gap: number, h: number): [Omit<PlacedLabel, 'id'>, Omit<PlacedLabel, 'id'>, Omit<PlacedLabel, 'id'>, Omit<PlacedLabel, 'id'>] {
  const right = c.x + c.r + gap;
  const left = c.x - c.r - gap;
  const below = c.y + c.r + gap + h;
  const above = c.y - c.r - gap - h;
  return [
    { x: right, y: c.y, anchor: 'start', box: { x0: right, y0: c.y - h, x1: right + c.width, y1: c.y + h } },
    { x: left, y: c.y, anchor: 'end', box: { x0: left - c.width, y0: c.y - h, x1: left, y1: c.y + h } },
    { x: c.x, y: below, anchor: 'middle', box: { x0: c.x - c.width / 2, y0: below - h, x1: c.x + c.width / 2, y1: below + h } },
    { x: c.x, y: above, anchor: 'middle', box: { x0: c.x - c.width / 2, y0: above - h, x1: c.x + c.width / 2, y1: above + h } },
  ];
}

export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): PlacedLabel[] {
  const { bounds, nodes = [], obstacles = [], maxLabels = Infinity, gap = 3 } = options;
  const grid = new BoxGrid();
  // Obstacles are stored as labels: nothing, must-show or not, may cover them.
  for (const box of obstacles) grid.add(box, '', true);
  for (const n of nodes) {
    if (n.x + n.r < bounds.x0 || n.x - n.r > bounds.x1 || n.y + n.r < bounds.y0 || n.y - n.r > bounds.y1) continue;
    grid.add({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }, n.id, false);
  }
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const candidate of ordered) {
    if (placed.length >= maxLabels) break;
    const positions = positionsFor(candidate, gap).filter((p) => inside(p.box, bounds));
    const free =
      positions.find((p) => !grid.collides(p.box, candidate.id)) ??
      (candidate.mustShow === true ? positions.find((p) => !grid.collides(p.box, candidate.id, true)) : undefined);
    if (free === undefined) continue;
    placed.push({ id: candidate.id, ...free });
    grid.add(free.box, candidate.id, true);
  }
  return placed;
}

/** Rough text width when no canvas is at hand (tests, jsdom): ~0.56 em per character of a sans font. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
