/**
 * Which labels to show at the current zoom: candidates in screen pixels, most important first,
 * handed to the greedy placement of labels.ts. Large scenes offer only the first few hundred
 * visible candidates, so labelling stays cheap during pan and zoom.
 */
import { placeLabels, type LabelCandidate, type PlacedLabel } from '../../components/labelPlacement';
import { labelPriority, screenRadius, shortLabel, toScreen, type Scene, type SceneNode, type View } from './scene';

export interface LabelFocus {
  selected: ReadonlySet<string>;
  hovered: string | null;
  highlighted: ReadonlySet<string> | null;
}

export interface SceneLabel extends PlacedLabel {
  text: string;
}

export const LABEL_FONT_SIZE = 13;
export const LABEL_FONT = `600 ${LABEL_FONT_SIZE}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif`;

/** Nodes ordered by their resting priority (no hover, no selection); computed once per scene. */
export function restingLabelOrder(scene: Scene): SceneNode[] {
  const none = { selected: new Set<string>(), hovered: null, highlighted: null };
  return [...scene.nodes].sort((a, b) => labelPriority(b, none) - labelPriority(a, none) || (a.id < b.id ? -1 : 1));
}

export function sceneLabels(
  scene: Scene,
  order: readonly SceneNode[],
  view: View,
  size: { width: number; height: number },
  focus: LabelFocus,
  measure: (text: string) => number,
  maxCandidates = 400,
): SceneLabel[] {
  const bounds = { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 };
  const pinned = new Set<string>([...focus.selected, ...(focus.hovered !== null ? [focus.hovered] : []), ...(focus.highlighted ?? [])]);
  const texts = new Map<string, string>();
  const candidates: LabelCandidate[] = [];
  const onScreen: Array<{ id: string; x: number; y: number; r: number }> = [];
  const offer = (node: SceneNode) => {
    const [x, y] = toScreen(view, node.x, node.y);
    if (x < bounds.x0 || x > bounds.x1 || y < bounds.y0 || y > bounds.y1) return;
    const r = screenRadius(node.r, view.k);
    // Below a few pixels a node is a speck: its label would only cover its neighbours.
    if (r < 3 && !pinned.has(node.id)) return;
    const text = shortLabel(node.label);
    texts.set(node.id, text);
    const mustShow = node.id === focus.hovered || focus.selected.has(node.id);
    candidates.push({ id: node.id, x, y, r, width: measure(text), height: LABEL_FONT_SIZE + 2, priority: labelPriority(node, focus), mustShow });
  };
  for (const id of pinned) {
    const node = scene.byId.get(id);
    if (node !== undefined) offer(node);
  }
  for (const node of order) {
    if (candidates.length >= maxCandidates) break;
    if (!pinned.has(node.id)) offer(node);
  }
  // Labels avoid the discs of nodes on screen, but only when that is cheap enough to check.
  if (scene.nodes.length <= 2000) {
    for (const node of scene.nodes) {
      const [x, y] = toScreen(view, node.x, node.y);
      onScreen.push({ id: node.id, x, y, r: screenRadius(node.r, view.k) });
    }
  }
  return placeLabels(candidates, { bounds, nodes: onScreen }).map((label) => ({ ...label, text: texts.get(label.id) ?? '' }));
}
