import { describe, expect, it } from 'vitest';
import { buildNetwork, nodeId } from './networkGraph';
import { makeNetworkData } from '../../tests/fixtures/networkFixture';

describe('buildNetwork', () => {
  const data = makeNetworkData();

  it('makes one node per expert, theme and country, with ids that cannot collide across kinds', () => {
    const graph = buildNetwork(data, null);
    const kinds = graph.nodes.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.kind]: (acc[n.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ expert: 11, theme: 9, country: 6 });
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(graph.nodes.map((n) => n.id)).toContain('country:KAZ');
    expect(graph.nodes.map((n) => n.id)).toContain('theme:security');
    expect(graph.nodes.map((n) => n.id)).toContain('expert:oleg-ivanov');
  });

  it('sorts nodes by id, whatever the order of the data', () => {
    const shuffled = { ...data, experts: [...data.experts].reverse(), links: [...data.links].reverse() };
    expect(buildNetwork(shuffled, null)).toEqual(buildNetwork(data, null));
  });

  it('sizes experts by their quotes, themes by hits and countries by experts', () => {
    const graph = buildNetwork(data, null);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('expert:anton-bugayenko')?.size).toBe(2);
    expect(byId.get('country:KAZ')?.size).toBe(6);
    // Economy: Anton (second theme, 2 hits), Aladin (first, 3), Marat (second, 2).
    expect(byId.get('theme:economy')?.size).toBe(7);
  });

  it('counts a co-appearance once even when the data lists it in both directions', () => {
    const graph = buildNetwork(data, null);
    const pair = graph.links.filter((l) => l.kind === 'expert-expert' && [l.source, l.target].includes('expert:oleg-ivanov') && [l.source, l.target].includes('expert:anton-bugayenko'));
    expect(pair).toHaveLength(1);
    expect(pair[0]).toMatchObject({ source: 'expert:anton-bugayenko', target: 'expert:oleg-ivanov', weight: 1, articles: 1 });
    // 4 experts in 2022 and 7 in 2024: C(4,2) + C(7,2) pairs.
    expect(graph.links.filter((l) => l.kind === 'expert-expert')).toHaveLength(6 + 21);
  });

  it('sums a link over the articles in range', () => {
    const twice = { ...data, articles: [...data.articles, { ...data.articles[0]!, id: 'gt-2022-b', year: 2022 }], links: [...data.links, { kind: 'expert-theme' as const, source: 'oleg-ivanov', target: 'security', articleId: 'gt-2022-b', weight: 4 }] };
    const link = buildNetwork(twice, null).links.find((l) => l.source === nodeId('expert', 'oleg-ivanov') && l.target === nodeId('theme', 'security'));
    expect(link).toMatchObject({ weight: 3 + 4, articles: 2 });
  });

  it('keeps only the experts and links of articles in the year range', () => {
    const graph = buildNetwork(data, [2024, 2024]);
    const experts = graph.nodes.filter((n) => n.kind === 'expert').map((n) => n.ref);
    expect(experts).toHaveLength(7);
    expect(experts).not.toContain('oleg-ivanov');
    expect(graph.nodes.map((n) => n.id)).not.toContain('country:RUS');
    expect(graph.nodes.map((n) => n.id)).not.toContain('theme:belt-and-road');
    expect(graph.links.every((l) => !l.source.includes('oleg-ivanov') && !l.target.includes('oleg-ivanov'))).toBe(true);
  });

  it('is empty for a range without articles', () => {
    expect(buildNetwork(data, [2001, 2005])).toEqual({ nodes: [], links: [] });
  });

  it('leaves out links to ids that the data does not define', () => {
    const broken = { ...data, links: [...data.links, { kind: 'expert-theme' as const, source: 'oleg-ivanov', target: 'no-such-theme', articleId: 'gt-2022', weight: 1 }] };
    expect(buildNetwork(broken, null).nodes.map((n) => n.id)).not.toContain('theme:no-such-theme');
  });
});

describe('experts from the person’s own articles', () => {
  it('are flagged when one of their articles in range is the person’s own', () => {
    const data = makeNetworkData();
    const withOwn = { ...data, articles: data.articles.map((a) => (a.id === 'at-2024' ? { ...a, own: true as const } : a)) };
    const own = (range: [number, number] | null) => buildNetwork(withOwn, range).nodes.filter((n) => n.own === true).map((n) => n.ref);
    expect(own(null)).toEqual(expect.arrayContaining(['rizat-tasym', 'ilqar-velizade']));
    expect(own(null)).not.toContain('oleg-ivanov');
    expect(own([2020, 2023])).toEqual([]);
    expect(buildNetwork(data, null).nodes.some((n) => 'own' in n)).toBe(false);
  });
});
