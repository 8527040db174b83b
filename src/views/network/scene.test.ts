import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../model/networkGraph';
import { buildScene, centreOn, fitView, nodeAt, nodeIndex, nodeSummary, screenRadius, shortLabel, toLayout, toScreen, type Scene, type SceneNode } from './scene';
import { restingLabelOrder, sceneLabels } from './sceneLabels';
import { makeNetworkData } from '../../../tests/fixtures/networkFixture';
import { estimateTextWidth, overlaps } from '../../model/labelPlacement';

function gridScene(): Scene {
  const graph = buildNetwork(makeNetworkData(), null);
  // Every node on a 100-unit grid, so positions are easy to reason about.
  return buildScene(graph, (id) => {
    const i = graph.nodes.findIndex((n) => n.id === id);
    return [(i % 6) * 100, Math.floor(i / 6) * 100];
  });
}

describe('scene', () => {
  it('keeps only nodes with a position and links between them', () => {
    const graph = buildNetwork(makeNetworkData(), null);
    const scene = buildScene(graph, (id) => (id.startsWith('expert:') ? [0, 0] : undefined));
    expect(scene.nodes.every((n) => n.kind === 'expert')).toBe(true);
    expect(scene.links.every((l) => l.kind === 'expert-expert')).toBe(true);
  });

  it('converts between layout and screen and back', () => {
    const view = { k: 2, x: 10, y: -5 };
    expect(toScreen(view, 3, 4)).toEqual([16, 3]);
    expect(toLayout(view, 16, 3)).toEqual([3, 4]);
  });

  it('fits every node inside the viewport, and centres a node', () => {
    const scene = gridScene();
    const view = fitView(scene.nodes, 400, 300);
    for (const n of scene.nodes) {
      const [x, y] = toScreen(view, n.x, n.y);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(400);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(300);
    }
    const target = scene.nodes[7]!;
    expect(toScreen(centreOn(view, target, 400, 300), target.x, target.y)).toEqual([200, 150]);
  });

  it('scales radii truly when zoomed out and more slowly when zoomed in', () => {
    expect(screenRadius(10, 0.5)).toBe(5);
    expect(screenRadius(10, 4)).toBe(20);
    expect(screenRadius(10, 0.01)).toBe(1.5);
  });

  it('hit-tests the node under a screen point with the quadtree, and nothing between nodes', () => {
    const scene = gridScene();
    const index = nodeIndex(scene);
    const view = { k: 0.8, x: 20, y: 30 };
    const node = scene.nodes[8]!;
    const [x, y] = toScreen(view, node.x, node.y);
    expect(nodeAt(index, view, x + 2, y - 2)?.id).toBe(node.id);
    expect(nodeAt(index, view, x + 40, y + 40)).toBeNull();
  });

  it('cuts long labels at a word', () => {
    expect(shortLabel('Culture, education, science and tourism')).toBe('Culture, education…');
    expect(shortLabel('Security and counter-terrorism')).toBe('Security and counter…');
    expect(shortLabel('Security')).toBe('Security');
  });

  it('labels the hovered node first and never lets labels overlap', () => {
    const scene = gridScene();
    const view = fitView(scene.nodes, 500, 400);
    const hovered = scene.nodes[3]!.id;
    const labels = sceneLabels(scene, restingLabelOrder(scene), view, { width: 500, height: 400 }, { selected: new Set(), hovered, highlighted: new Set([hovered]) }, (t) => estimateTextWidth(t, 13));
    expect(labels[0]?.id).toBe(hovered);
    for (let i = 0; i < labels.length; i += 1) for (let j = i + 1; j < labels.length; j += 1) expect(overlaps(labels[i]!.box, labels[j]!.box)).toBe(false);
  });

  it('in a crowd, names the most quoted experts in turn with the themes, not after all of them', () => {
    // 4 themes and 70 experts on a 10-column grid: a crowd (more than 60 nodes on screen).
    const nodes: SceneNode[] = [
      ...['Consensus and institutional reform', 'Enlargement and membership', 'Security and counter-terrorism', 'Belt and Road'].map(
        (label, i): SceneNode => ({ id: `theme:${i}`, kind: 'theme', ref: `${i}`, label, size: 20000 - i * 1000, x: (i % 10) * 120, y: 0, r: 8 }),
      ),
      ...Array.from({ length: 70 }, (_, i): SceneNode => ({ id: `expert:${i}`, kind: 'expert', ref: `${i}`, label: `Expert Number${i}`, size: 1200 - i, x: ((i + 4) % 10) * 120, y: Math.floor((i + 4) / 10) * 80, r: 4 })),
    ];
    const scene: Scene = { nodes, links: [], byId: new Map(nodes.map((n) => [n.id, n])) };
    const view = fitView(scene.nodes, 1400, 800);
    const labels = sceneLabels(scene, restingLabelOrder(scene), view, { width: 1400, height: 800 }, { selected: new Set(), hovered: null, highlighted: null }, (t) => estimateTextWidth(t, 13));
    expect(labels.slice(0, 4).map((l) => l.id)).toEqual(['theme:0', 'expert:0', 'theme:1', 'expert:1']);
    for (let i = 0; i < labels.length; i += 1) for (let j = i + 1; j < labels.length; j += 1) expect(overlaps(labels[i]!.box, labels[j]!.box)).toBe(false);
  });

  it('says counts with thousands separators in the tooltip', () => {
    expect(nodeSummary({ kind: 'theme', size: 21799, label: 'Belt and Road' })).toBe('Belt and Road: theme, 21,799 mentions by experts');
    expect(nodeSummary({ kind: 'expert', size: 1, label: 'A B' })).toBe('A B: expert, 1 quote');
  });
});
