import { describe, expect, it } from 'vitest';
import { buildAdjacency, describeEmptyNetwork, filterNetwork, hasExperts, neighbourhood, networkFilters } from './networkFilter';
import { buildNetwork } from './networkGraph';
import { countryRelations, NO_RELATIONS, relatedExperts } from './countryRelations';
import { makeNetworkData } from '../../tests/fixtures/networkFixture';

const data = makeNetworkData();
const graph = buildNetwork(data, null);
const around = (country: string, themes: string[] = [], range: [number, number] | null = null) =>
  filterNetwork(range === null ? graph : buildNetwork(data, range), networkFilters(data, { range, themes, country }));
const expertsOf = (g: { nodes: Array<{ id: string; kind: string }> }) => g.nodes.filter((n) => n.kind === 'expert').map((n) => n.id.slice('expert:'.length)).sort();
const ids = (g: { nodes: Array<{ id: string }> }) => g.nodes.map((n) => n.id);

describe('filterNetwork', () => {
  it('returns the graph unchanged without filters', () => {
    expect(filterNetwork(graph, { themes: [], country: null })).toBe(graph);
    expect(filterNetwork(graph, networkFilters(data, { range: null, themes: [], country: null }))).toBe(graph);
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

  it('narrows to a country: experts from it and experts who spoke about it, with their themes and own countries', () => {
    const result = around('UZB');
    // Farkhod Tolipov is from Uzbekistan; Oleg Ivanov (Russia) spoke about it.
    expect(expertsOf(result)).toEqual(['farkhod-tolipov', 'oleg-ivanov']);
    expect(ids(result)).toContain('country:UZB');
    expect(ids(result)).toContain('theme:belt-and-road');
    expect(ids(result)).toContain('country:RUS');
    // Co-speakers who are neither from Uzbekistan nor spoke about it are not kept.
    expect(ids(result)).not.toContain('expert:anton-bugayenko');
  });

  it('keeps Kazakhstan’s experts and those who spoke about it, not every co-speaker in their articles', () => {
    expect(expertsOf(around('KAZ'))).toEqual(
      ['ainur-abaykyzy', 'aladin-mustafayev', 'anton-bugayenko', 'marat-terterov', 'olzhas-beisenbayev', 'rizat-tasym', 'zhanar-tulindinova'],
    );
    expect(expertsOf(around('KAZ'))).not.toContain('ilqar-velizade');
  });

  it('finds the experts who spoke about a country none of them is from', () => {
    const laos = around('LAO');
    expect(expertsOf(laos)).toEqual(['rizat-tasym']);
    expect(hasExperts(laos)).toBe(true);
  });

  it('combines themes and country', () => {
    const result = around('BEL', ['geopolitics']);
    expect(ids(result).sort()).toEqual(['country:BEL', 'expert:marat-terterov', 'theme:geopolitics'].sort());
  });

  it('keeps as many experts as the country’s relations count, for every country, theme and year range', () => {
    const scopes: Array<{ themes: string[]; range: [number, number] | null }> = [
      { themes: [], range: null },
      { themes: ['geopolitics'], range: null },
      { themes: ['expansion', 'security'], range: null },
      { themes: [], range: [2024, 2024] },
      { themes: ['security'], range: [2022, 2022] },
    ];
    for (const { themes, range } of scopes) {
      const relations = countryRelations(data, { range, themes });
      for (const iso3 of ['KAZ', 'RUS', 'KGZ', 'UZB', 'AZE', 'BEL', 'LAO', 'QAT', 'BGD', 'CHN']) {
        const expected = relatedExperts(relations.get(iso3) ?? NO_RELATIONS);
        expect(expertsOf(around(iso3, themes, range)), `${iso3} ${themes.join('+')} ${range?.join('-') ?? 'all'}`).toEqual(expected);
      }
    }
  });

  it('leaves no experts when no expert is from or spoke about the country in those years and themes', () => {
    expect(hasExperts(around('RUS', ['digital']))).toBe(false);
    expect(hasExperts(around('LAO', [], [2022, 2022]))).toBe(false);
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
      'No experts from or speaking about Kazakhstan spoke on Security, Trade or Energy in 2019–2020.',
    );
    expect(describeEmptyNetwork({ themeLabels: ['Security'], countryName: null, range: [2019, 2019] })).toBe('No experts spoke on Security in 2019.');
    expect(describeEmptyNetwork({ themeLabels: [], countryName: null, range: [2001, 2005] })).toBe('No experts appear in 2001–2005.');
  });
});
