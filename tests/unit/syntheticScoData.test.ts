import { describe, expect, it } from 'vitest';
import { findBrokenReferences } from '../../src/model/integrity';
import { ScoData } from '../../src/model/schema';
import { buildNetwork } from '../../src/model/networkGraph';
import { syntheticScoData } from '../fixtures/syntheticScoData';

describe('syntheticScoData', () => {
  it('is a valid sco.json with no broken references', () => {
    const data = syntheticScoData({ nodes: 1000, links: 4000 });
    expect(ScoData.safeParse(data).success).toBe(true);
    expect(findBrokenReferences(data)).toEqual([]);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = syntheticScoData({ nodes: 400, links: 1600, seed: 5 });
    expect(syntheticScoData({ nodes: 400, links: 1600, seed: 5 })).toEqual(a);
    expect(syntheticScoData({ nodes: 400, links: 1600, seed: 6 })).not.toEqual(a);
  });

  it.each([
    [1000, 4000],
    [5000, 20000],
  ])('gives a network of %i nodes and %i links', (nodes, links) => {
    const graph = buildNetwork(syntheticScoData({ nodes, links }), null);
    expect(graph.nodes).toHaveLength(nodes);
    expect(graph.links).toHaveLength(links);
    expect(new Set(graph.nodes.map((n) => n.kind))).toEqual(new Set(['expert', 'theme', 'country']));
  });
});
