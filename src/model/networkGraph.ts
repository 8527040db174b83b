/**
 * The expert network as a plain graph, built from the data for one year range.
 * The data holds one link per article; here they are summed over the articles in the range,
 * so a link's weight is "how much they said on it" within the years shown.
 */
import { articleIdsInRange } from './dataIndex';
import type { LINK_KINDS } from './schema';
import type { ScoCore } from './core';

/** 'group': the experts of one country not drawn one by one (networkSummary.ts). */
export type NodeKind = 'expert' | 'theme' | 'country' | 'group';
export type LinkKind = (typeof LINK_KINDS)[number];

export interface NetworkNode {
  /** Unique across kinds: "expert:<slug>", "theme:<slug>", "country:<ISO3>", "group:<ISO3>". */
  id: string;
  kind: NodeKind;
  /** The id in the data: expert id, theme id or ISO3 code. */
  ref: string;
  label: string;
  /** What the node's area stands for: quotes (expert), hits from experts (theme), experts (country), experts not shown (group). */
  size: number;
  /** An expert quoted in one of the person's own articles (in range); absent otherwise. */
  own?: true;
}

export interface NetworkLink {
  kind: LinkKind;
  /** Node ids; expert–expert links are undirected and stored with source < target. */
  source: string;
  target: string;
  /** Summed over the articles in range (hits for expert–theme, 1 per article otherwise). */
  weight: number;
  /** How many articles in range carry this link. */
  articles: number;
}

export interface NetworkGraph {
  /** Sorted by id, so layouts and lists do not depend on the order of the data. */
  nodes: NetworkNode[];
  links: NetworkLink[];
}

export function nodeId(kind: NodeKind, ref: string): string {
  return `${kind}:${ref}`;
}

export function linkKey(link: Pick<NetworkLink, 'source' | 'target'>): string {
  return `${link.source}|${link.target}`;
}

const TARGET_KIND: Record<LinkKind, NodeKind> = {
  'expert-theme': 'theme',
  'expert-country': 'country',
  'expert-expert': 'expert',
};

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The network for the articles in `range` (null: all years): experts who appear in an article in range,
 * the themes and countries they link to, and the links summed over those articles.
 * Links to ids that the data does not define are left out (integrity.ts reports them).
 */
export function buildNetwork(data: ScoCore, range: readonly [number, number] | null): NetworkGraph {
  const inRange = articleIdsInRange(data, range);
  const ownInRange = new Set(data.articles.filter((a) => a.own === true && inRange.has(a.id)).map((a) => a.id));
  const nodes = new Map<string, NetworkNode>();

  for (const expert of data.experts) {
    if (!expert.articles.some((a) => inRange.has(a))) continue;
    const id = nodeId('expert', expert.id);
    nodes.set(id, {
      id,
      kind: 'expert',
      ref: expert.id,
      label: expert.name,
      size: expert.quotes.filter((q) => inRange.has(q.articleId)).length,
      ...(expert.articles.some((a) => ownInRange.has(a)) ? { own: true as const } : {}),
    });
  }

  const themeLabel = new Map(data.themes.map((t) => [t.id, t.label]));
  const countryName = new Map(data.countries.map((c) => [c.iso3, c.name]));
  const labelOf = (kind: NodeKind, ref: string): string | undefined =>
    kind === 'theme' ? themeLabel.get(ref) : kind === 'country' ? countryName.get(ref) : nodes.get(nodeId('expert', ref))?.label;
  // Node ids and labels by kind and ref, looked up once: a corpus has a few thousand nodes and hundreds of thousands of links.
  const known: Record<NodeKind, Map<string, { id: string; label: string } | null>> = { expert: new Map(), theme: new Map(), country: new Map(), group: new Map() };
  const nodeOf = (kind: NodeKind, ref: string) => {
    let found = known[kind].get(ref);
    if (found === undefined) {
      const label = labelOf(kind, ref);
      found = label === undefined ? null : { id: nodeId(kind, ref), label };
      known[kind].set(ref, found);
    }
    return found;
  };

  const links = new Map<string, NetworkLink>();
  // Expert–expert links may come in both directions from one article: count each pair once per article.
  const pairsSeen = new Set<string>();
  for (const link of data.links) {
    if (!inRange.has(link.articleId)) continue;
    const source = nodeOf('expert', link.source)?.id;
    const targetKind = TARGET_KIND[link.kind];
    const targetNode = nodeOf(targetKind, link.target);
    if (source === undefined || targetNode === null || source === targetNode.id) continue;
    const target = targetNode.id;
    const [a, b] = link.kind === 'expert-expert' && target < source ? [target, source] : [source, target];
    const key = `${a}|${b}`;
    if (link.kind === 'expert-expert') {
      const pairInArticle = `${key}|${link.articleId}`;
      if (pairsSeen.has(pairInArticle)) continue;
      pairsSeen.add(pairInArticle);
    }
    if (!nodes.has(target)) nodes.set(target, { id: target, kind: targetKind, ref: link.target, label: targetNode.label, size: 0 });
    const existing = links.get(key);
    if (existing === undefined) links.set(key, { kind: link.kind, source: a, target: b, weight: link.weight, articles: 1 });
    else {
      existing.weight += link.weight;
      existing.articles += 1;
    }
  }

  const themeHits = new Map<string, number>();
  const countryExperts = new Map<string, number>();
  for (const link of links.values()) {
    if (link.kind === 'expert-theme') themeHits.set(link.target, (themeHits.get(link.target) ?? 0) + link.weight);
    if (link.kind === 'expert-country') countryExperts.set(link.target, (countryExperts.get(link.target) ?? 0) + 1);
  }
  for (const node of nodes.values()) {
    if (node.kind === 'theme') node.size = themeHits.get(node.id) ?? 0;
    if (node.kind === 'country') node.size = countryExperts.get(node.id) ?? 0;
  }

  return {
    nodes: [...nodes.values()].sort(byId),
    // Sorted by the key each link is stored under (linkKey), not one built anew per comparison.
    links: [...links].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, link]) => link),
  };
}
