import { describe, expect, it } from 'vitest';
import { buildAdjacency, describeEmptyNetwork, filterNetwork, hasExperts, neighbourhood } from './networkFilter';
import { buildNetwork } from './networkGraph';
import { makeNetworkData } from '../../tests/fixtures/networkFixture';

const graph = buildNetwork(makeNetworkData(), null);
const ids = (g: { nodes: Array<{ id: string }> }) => g.nodes.map((n) => n.id);

describe('filterNetwork', () => {
  it('returns the graph unchanged without filters', () => {
    expect(filterNetwork(graph, { themes: [], country: null })).toBe(graph);
  });

  it('keeps the chosen themes, the experts who spoke to them and their countries', () => {
    const result = filterNetwork(graph, { themes: ['security'], country: null });
    expect(ids(result).sort()).toEqual(
      ['country:AZE', 'country:RUS', 'country:UZB', 'expert:farkhod-tolipov', 'expert:ilqar-velizade', 'expert:oleg-ivanov', 'theme:security'].sort(),
    );
    // Oleg and Farkhod appeared together in 2022; Ilqar only in 2024.
    expect(result.links.filter((l) => l.kind === 'expert-expert')).toEqual([expect.objectContaining({ source: 'expert:farkhod-tolipov', target: 'expert:oleg-ivanov' })]);
    expect(ids(result)).not.toContain('theme:expansion');
  });

  it('keeps every link between the nodes it keeps, and no other', () => {
    const result = filterNetwork(graph, { themes: ['economy', 'digital'], country: null });
    const kept = new Set(ids(result));
    expect(result.links.every((l) => kept.has(l.source) && kept.has(l.target))).toBe(true);
    const expected = graph.links.filter((l) => kept.has(l.source) && kept.has(l.target));
    expect(result.links).toEqual(expected);
  });

  it('narrows to a country: its experts and their neighbourhood', () => {
    const result = filterNetwork(graph, { themes: [], country: 'UZB' });
    expect(ids(result)).toContain('expert:farkhod-tolipov');
    expect(ids(result)).toContain('theme:belt-and-road');
    // Co-speakers in the same article are neighbours; their own countries are not.
    expect(ids(result)).toContain('expert:oleg-ivanov');
    expect(ids(result)).not.toContain('country:RUS');
    expect(ids(result)).not.toContain('expert:rizat-tasym');
  });

  it('combines themes and country', () => {
    const result = filterNetwork(graph, { themes: ['geopolitics'], country: 'BEL' });
    expect(ids(result).sort()).toEqual(['country:BEL', 'expert:marat-terterov', 'expert:zhanar-tulindinova', 'theme:geopolitics'].sort());
  });

  it('leaves no experts when the country has none in the graph', () => {
    const result = filterNetwork(graph, { themes: ['digital'], country: 'RUS' });
    expect(hasExperts(result)).toBe(false);
  });
});

describe('neighbourhood', () => {
  it('is the node and the nodes it links to, in both directions', () => {
    const adjacency = buildAdjacency(graph);
    const around = neighbourhood(adjacency, 'theme:digital');
    expect([...around].sort()).toEqual(['expert:olzhas-beisenbayev', 'theme:digital']);
    const expert = neighbourhood(adjacency, 'expert:olzhas-beisenbayev');
    expect(expert.has('country:KAZ')).toBe(true);
    expect(expert.has('expert:ainur-abaykyzy')).toBe(true);
    expect(expert.has('expert:oleg-ivanov')).toBe(false);
  });

  it('is just the node for an unknown id', () => {
    expect([...neighbourhood(buildAdjacency(graph), 'expert:nobody')]).toEqual(['expert:nobody']);
  });
});

describe('describeEmptyNetwork', () => {
  it('names the themes, the country and the years', () => {
    expect(describeEmptyNetwork({ themeLabels: ['Security', 'Trade', 'Energy'], countryName: 'Kazakhstan', range: [2019, 2020] })).toBe(
      'No experts from Kazakhstan spoke on Security, Trade or Energy in 2019–2020.',
    );
    expect(describeEmptyNetwork({ themeLabels: ['Security'], countryName: null, range: [2019, 2019] })).toBe('No experts spoke on Security in 2019.');
    expect(describeEmptyNetwork({ themeLabels: [], countryName: null, range: [2001, 2005] })).toBe('No experts appear in 2001–2005.');
  });
});
