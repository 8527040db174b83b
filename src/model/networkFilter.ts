/**
 * Narrowing the network to the store's filters (the year range is applied earlier, in buildNetwork),
 * plus the neighbourhood lookups that hover and the country filter share.
 */
import { countryRelations, NO_RELATIONS, relatedExperts, type CountryRelations, type RelationsData } from './countryRelations';
import { nodeId, type NetworkGraph, type NetworkLink } from './networkGraph';

/** The selected country and the experts it keeps: from it or speaking about it (countryRelations.ts). */
export interface CountryFilter {
  iso3: string;
  /** Expert ids (sco.json ids, not node ids). */
  experts: ReadonlySet<string>;
}

export interface NetworkFilters {
  /** Theme ids; empty means all themes. */
  themes: readonly string[];
  country: CountryFilter | null;
}

/**
 * The network's filters for the store's state. The country filter's experts come from the same
 * relations the map's details panel and the table count, within the same years and themes.
 */
export function networkFilters(
  data: RelationsData,
  state: { range: readonly [number, number] | null; themes: readonly string[]; country: string | null },
): NetworkFilters {
  if (state.country === null) return { themes: state.themes, country: null };
  const relations = countryRelations(data, { range: state.range, themes: state.themes }).get(state.country) ?? NO_RELATIONS;
  return { themes: state.themes, country: countryFilterOf(state.country, relations) };
}

/** The country filter for a country whose relations (in the current scope) are known. */
export function countryFilterOf(iso3: string, relations: CountryRelations): CountryFilter {
  return { iso3, experts: new Set(relatedExperts(relations)) };
}

/** Node id → ids of the nodes it links to (both directions). */
export type Adjacency = Map<string, Set<string>>;

export function buildAdjacency(graph: NetworkGraph): Adjacency {
  const adjacency: Adjacency = new Map(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const link of graph.links) {
    adjacency.get(link.source)?.add(link.target);
    adjacency.get(link.target)?.add(link.source);
  }
  return adjacency;
}

/** The node and everything it links to directly. */
export function neighbourhood(adjacency: Adjacency, id: string): Set<string> {
  const result = new Set<string>([id]);
  for (const other of adjacency.get(id) ?? []) result.add(other);
  return result;
}

/** The nodes in `keep` and the links between them. */
export function inducedSubgraph(graph: NetworkGraph, keep: ReadonlySet<string>): NetworkGraph {
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    links: graph.links.filter((l) => keep.has(l.source) && keep.has(l.target)),
  };
}

function endpointsOfKind(links: readonly NetworkLink[], kind: NetworkLink['kind'], targets: ReadonlySet<string>): Set<string> {
  const experts = new Set<string>();
  for (const link of links) if (link.kind === kind && targets.has(link.target)) experts.add(link.source);
  return experts;
}

/**
 * Chosen themes: those themes, the experts who spoke to them and those experts' countries and co-speakers
 * among them. Selected country: the country, the experts from it or speaking about it, and their themes
 * and own countries; co-speakers only when they are such experts too (one clear meaning: a Kazakh
 * expert's fellow panellists are not "experts from Kazakhstan").
 */
export function filterNetwork(graph: NetworkGraph, filters: NetworkFilters): NetworkGraph {
  let result = graph;
  if (filters.themes.length > 0) {
    const themeIds = new Set(filters.themes.map((t) => nodeId('theme', t)));
    const experts = endpointsOfKind(result.links, 'expert-theme', themeIds);
    const keep = new Set<string>([...themeIds, ...experts]);
    for (const link of result.links) {
      if (link.kind === 'expert-country' && experts.has(link.source)) keep.add(link.target);
    }
    result = inducedSubgraph(result, keep);
  }
  if (filters.country !== null) {
    const present = new Set(result.nodes.map((n) => n.id));
    const experts = new Set([...filters.country.experts].map((e) => nodeId('expert', e)).filter((id) => present.has(id)));
    const keep = new Set<string>(experts);
    if (experts.size > 0) keep.add(nodeId('country', filters.country.iso3));
    for (const link of result.links) if (link.kind !== 'expert-expert' && experts.has(link.source)) keep.add(link.target);
    result = inducedSubgraph(result, keep);
  }
  return result;
}

export function hasExperts(graph: NetworkGraph): boolean {
  return graph.nodes.some((n) => n.kind === 'expert');
}

function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

export interface EmptyStateWords {
  themeLabels: readonly string[];
  countryName: string | null;
  range: readonly [number, number] | null;
}

/** What an exported figure and data file of an empty network say first. */
export const NO_EXPERTS_MATCH = 'No experts match these filters.';

/** "No experts from or speaking about Kazakhstan spoke on Security or Energy in 2019–2020." */
export function describeEmptyNetwork({ themeLabels, countryName, range }: EmptyStateWords): string {
  const parts = ['No experts'];
  if (countryName !== null) parts.push(`from or speaking about ${countryName}`);
  parts.push(themeLabels.length > 0 ? `spoke on ${joinAlternatives(themeLabels)}` : 'appear');
  if (range !== null) parts.push(range[0] === range[1] ? `in ${range[0]}` : `in ${range[0]}–${range[1]}`);
  return `${parts.join(' ')}.`;
}
