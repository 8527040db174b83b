/**
 * Which labels to show at the current zoom: candidates in screen pixels, most important first,
 * handed to the greedy placement of labels.ts. Large scenes offer only the first few hundred
 * visible candidates, so labelling stays cheap during pan and zoom.
 */
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from '../../model/labelPlacement';
import { SANS_FONT_STACK } from '../../components/textMeasure';
import { labelPriority, screenRadius, shortLabel, toScreen, type Scene, type SceneNode, type View } from './scene';

export interface LabelFocus {
  selected: ReadonlySet<string>;
  hovered: string | null;
  highlighted: ReadonlySet<string> | null;
}

export interface SceneLabel extends PlacedLabel {
  text: string;
  /** The text as drawn: one line, or a long name broken in two. */
  lines: string[];
  fontSize: number;
}

/** How labels are set: the dashboard's compact type, Present's large type, a figure's full names. */
export interface LabelStyle {
  fontSize: number;
  /** Whole names (broken over two lines when long) instead of names cut at a word. */
  fullNames: boolean;
  /** A figure names every node it can, over other nodes' discs if need be (never over another name). */
  everyName?: boolean;
}

export const LABEL_FONT_SIZE = 13;
export const DASHBOARD_LABELS: LabelStyle = { fontSize: LABEL_FONT_SIZE, fullNames: false };

/**
 * Present: whole names in type read from the back of a room, about a fortieth of the drawing's
 * width (27 px on a 1920 × 1080 projector), never under 18 px (a phone) nor over 30.
 */
export function presentLabels(width: number): LabelStyle {
  return { fontSize: Math.min(30, Math.max(18, Math.round(width / 38))), fullNames: true };
}

export function labelFont(fontSize: number): string {
  return `600 ${fontSize}px ${SANS_FONT_STACK}`;
}

/** The distance between the lines of a two-line label. */
export function labelLineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.15);
}

/** More nodes on screen than this make a crowd, where names need the two allowances below. */
const CROWD = 60;
/** In a crowd, how many of the most quoted experts on screen are named even over other dots. */
const LEADING_EXPERTS = 5;
/** In a crowd, where the themes' and leading experts' turns start: above every resting priority (scene.ts labelPriority, at most 3999), below a highlight's. */
const CROWD_TURNS = 5000;
/** In a crowd, experts drawn smaller than this (screen px) may lie under another node's label. */
const COVERABLE_BELOW = 7;

/** Names longer than this break into two lines when shown whole. */
const ONE_LINE_CHARS = 20;

/** A whole name in one or two lines, broken at the space nearest its middle ("Culture, education," / "science and tourism"). */
export function labelLines(name: string): string[] {
  if (name.length <= ONE_LINE_CHARS) return [name];
  let best = -1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2)) best = i;
  return best < 0 ? [name] : [name.slice(0, best), name.slice(best + 1)];
}

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
  style: LabelStyle = DASHBOARD_LABELS,
  maxCandidates = 400,
  /** Screen boxes of the controls over the drawing, which no name may hide under. */
  obstacles: readonly Box[] = [],
): SceneLabel[] {
  const bounds = { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 };
  const pinned = new Set<string>([...focus.selected, ...(focus.hovered !== null ? [focus.hovered] : []), ...(focus.highlighted ?? [])]);
  const texts = new Map<string, string[]>();
  const lineHeight = labelLineHeight(style.fontSize);
  const candidates: LabelCandidate[] = [];
  const onScreen: Array<{ id: string; x: number; y: number; kind: SceneNode['kind']; r: number }> = [];
  // Labels avoid the discs of nodes on screen, but only when that is cheap enough to check.
  if (scene.nodes.length <= 2000) {
    for (const node of scene.nodes) {
      const [x, y] = toScreen(view, node.x, node.y);
      const r = screenRadius(node.r, view.k);
      if (x + r >= bounds.x0 && x - r <= bounds.x1 && y + r >= bounds.y0 && y - r <= bounds.y1) onScreen.push({ id: node.id, x, y, kind: node.kind, r });
    }
  }
  const crowded = onScreen.length > CROWD;
  let leadingExperts = 0;
  let themesOffered = 0;
  const offer = (node: SceneNode) => {
    const [x, y] = toScreen(view, node.x, node.y);
    if (x < bounds.x0 || x > bounds.x1 || y < bounds.y0 || y > bounds.y1) return;
    const r = screenRadius(node.r, view.k);
    // Below a few pixels a node is a speck: its label would only cover its neighbours.
    if (r < 3 && !pinned.has(node.id)) return;
    // Theme names are what the experts spoke about: whole, over two lines when long, even in the dashboard.
    const lines = style.fullNames || node.kind === 'theme' ? labelLines(node.label) : [shortLabel(node.label)];
    texts.set(node.id, lines);
    // In a crowd, themes' and the most quoted experts' names may lie over other dots when nowhere
    // else is free (never over another name): they would otherwise be the first to find no room.
    const theme = crowded && node.kind === 'theme' ? (themesOffered += 1) : 0;
    const leadingExpert = crowded && node.kind === 'expert' && !pinned.has(node.id) ? (leadingExperts += 1) : 0;
    const leading = theme > 0 || (leadingExpert > 0 && leadingExpert <= LEADING_EXPERTS);
    const mustShow = style.everyName === true || leading || node.id === focus.hovered || focus.selected.has(node.id);
    const width = Math.max(...lines.map(measure));
    const height = style.fontSize + 2 + (lines.length - 1) * lineHeight;
    // In a crowd the leading experts take turns with the themes (the largest theme, the most quoted
    // expert, the next theme…): placed after all the themes' long names, they found the middle,
    // where they sit, taken, and a person could not name the top experts.
    const priority = pinned.has(node.id) ? labelPriority(node, focus) : theme > 0 ? CROWD_TURNS - 2 * theme : leading ? CROWD_TURNS - 2 * leadingExpert - 1 : labelPriority(node, focus);
    candidates.push({ id: node.id, x, y, r, width, height, priority, mustShow });
  };
  for (const id of pinned) {
    const node = scene.byId.get(id);
    if (node !== undefined) offer(node);
  }
  for (const node of order) {
    if (candidates.length >= maxCandidates) break;
    if (!pinned.has(node.id)) offer(node);
  }
  // In a crowd names may cover an expert's small dot (with their halo), or the leading names would
  // find no room at all: themes, countries and larger experts stay uncovered.
  const discs = crowded ? onScreen.filter((n) => n.kind !== 'expert' || n.r >= COVERABLE_BELOW || pinned.has(n.id)) : onScreen;
  return placeLabels(candidates, { bounds, nodes: discs, obstacles }).map((label) => {
    const lines = texts.get(label.id) ?? [];
    return { ...label, lines, text: lines.join(' '), fontSize: style.fontSize };
  });
}
