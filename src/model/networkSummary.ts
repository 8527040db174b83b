/**
 * A network that stays readable at any size: the most quoted experts in the current filters, with
 * the themes and countries they link to, and everyone else summarised as one node per country
 * ("+212 more" beside Russia). Runs on the filtered graph (networkFilter.ts); pure, so the view,
 * the exported figure and the tests agree on who is shown.
 */
import { nodeId, type NetworkGraph, type NetworkLink, type NetworkNode } from './networkGraph';
import { compareNames } from './compareNames';
import { formatCount } from './formatCount';

/** How many experts the drawing shows: a number, or every one of them. Null lets the panel's size decide. */
export type ExpertLimit = number | 'all';

/** The panel's own choice: about one expert per this many square pixels of drawing… */
const AREA_PER_EXPERT = 3000;
/** …never fewer than this (a phone still names the leading voices), nor more (beyond it nothing reads). */
export const MIN_FITTING_EXPERTS = 60;
export const MAX_FITTING_EXPERTS = 150;
/** Rounded to a multiple of this, so resizing a window does not re-lay out the graph at every pixel. */
const FITTING_STEP = 10;

/** "Show more" multiplies what is shown by this, until it is everyone. */
export const MORE_FACTOR = 4;

/** How many experts fit a drawing of width × height CSS pixels. */
export function fittingExpertCount(width: number, height: number): number {
  const raw = (Math.max(0, width) * Math.max(0, height)) / AREA_PER_EXPERT;
  const stepped = Math.round(raw / FITTING_STEP) * FITTING_STEP;
  return Math.min(MAX_FITTING_EXPERTS, Math.max(MIN_FITTING_EXPERTS, stepped));
}

/** The limit after "Show more": MORE_FACTOR times what is shown now, or everyone once that reaches the total. */
export function moreExperts(shown: number, total: number): ExpertLimit {
  const next = Math.max(1, shown) * MORE_FACTOR;
  return next >= total ? 'all' : next;
}

export interface NetworkSummary {
  /** What is drawn: the shown experts, their themes and countries, a group node per country, and the links among them. */
  graph: NetworkGraph;
  /** Experts drawn one by one. */
  shownExperts: number;
  /** Experts in the filtered graph. */
  totalExperts: number;
  /** Experts folded into groups or left out (no country to group them by): totalExperts − shownExperts. */
  hiddenExperts: number;
}

/** Most quoted first; equal counts by name, then id, so the cut is the same on every machine. */
export function byQuotes(a: NetworkNode, b: NetworkNode): number {
  return b.size - a.size || compareNames(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The country an expert is grouped under: the expert–country link with the most weight, then the
 * most articles, then the lowest id (an expert quoted as from two countries is counted once).
 */
function mainCountries(links: readonly NetworkLink[]): Map<string, NetworkLink> {
  const best = new Map<string, NetworkLink>();
  for (const link of links) {
    if (link.kind !== 'expert-country') continue;
    const current = best.get(link.source);
    if (current === undefined || link.weight > current.weight || (link.weight === current.weight && (link.articles > current.articles || (link.articles === current.articles && link.target < current.target)))) {
      best.set(link.source, link);
    }
  }
  return best;
}

/**
 * A summary draws each shown expert's strongest links only: at a glance "what they spoke about"
 * is their main themes, and a prolific expert linked to all ten themes (and to dozens of
 * co-speakers) would tie every node to every other. The details panel keeps every quote.
 */
export const SUMMARY_LINKS = { themes: 2, coSpeakers: 1 } as const;

const byWeight = (a: NetworkLink, b: NetworkLink) => b.weight - a.weight || b.articles - a.articles || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0);

/** Each expert's theme links, heaviest first. */
function themeLinksBySpeaker(links: readonly NetworkLink[]): Map<string, NetworkLink[]> {
  const bySpeaker = new Map<string, NetworkLink[]>();
  for (const link of links) {
    if (link.kind !== 'expert-theme') continue;
    const list = bySpeaker.get(link.source);
    if (list === undefined) bySpeaker.set(link.source, [link]);
    else list.push(link);
  }
  for (const list of bySpeaker.values()) list.sort(byWeight);
  return bySpeaker;
}

/** Expert node id → the ids of their `count` heaviest themes, heaviest first: what they mostly spoke about. */
export function mainThemes(links: readonly NetworkLink[], count: number = SUMMARY_LINKS.themes): Map<string, string[]> {
  return new Map([...themeLinksBySpeaker(links)].map(([expert, list]) => [expert, list.slice(0, count).map((l) => l.target)]));
}

/**
 * Each expert's `themes` heaviest theme links and, per expert, the `coSpeakers` co-speaker links
 * with most shared articles; a theme left with no link keeps its heaviest one, so none floats alone.
 */
function strongestLinks(links: readonly NetworkLink[]): NetworkLink[] {
  const themeLinks = themeLinksBySpeaker(links);
  const coSpeakers = new Map<string, NetworkLink[]>();
  const other: NetworkLink[] = [];
  const push = (into: Map<string, NetworkLink[]>, key: string, link: NetworkLink) => {
    const list = into.get(key);
    if (list === undefined) into.set(key, [link]);
    else list.push(link);
  };
  for (const link of links) {
    if (link.kind === 'expert-expert') {
      push(coSpeakers, link.source, link);
      push(coSpeakers, link.target, link);
    } else if (link.kind !== 'expert-theme') other.push(link);
  }
  const kept = new Set<NetworkLink>(other);
  for (const list of themeLinks.values()) for (const link of list.slice(0, SUMMARY_LINKS.themes)) kept.add(link);
  const byShared = (a: NetworkLink, b: NetworkLink) => b.articles - a.articles || byWeight(a, b);
  for (const list of coSpeakers.values()) for (const link of list.sort(byShared).slice(0, SUMMARY_LINKS.coSpeakers)) kept.add(link);
  const heaviestTo = new Map<string, NetworkLink>();
  for (const list of themeLinks.values()) {
    for (const link of list) {
      const current = heaviestTo.get(link.target);
      if (current === undefined || byWeight(link, current) < 0) heaviestTo.set(link.target, link);
    }
  }
  const linkedThemes = new Set([...kept].filter((l) => l.kind === 'expert-theme').map((l) => l.target));
  for (const [themeId, link] of heaviestTo) if (!linkedThemes.has(themeId)) kept.add(link);
  return links.filter((l) => kept.has(l));
}

/** "+1 more", "+212 more": what a group node says beside its country. */
export function groupLabel(count: number): string {
  return `+${formatCount(count)} more`;
}

/**
 * The `limit` most quoted experts of `graph` (all of them for 'all' or a limit at or above the
 * total) with their strongest links (SUMMARY_LINKS) and the nodes these reach, and for each
 * country the experts not shown as one group node linked to that country. `pinned` experts (the
 * selected one) are always shown, beyond the limit.
 */
export function summariseNetwork(graph: NetworkGraph, limit: ExpertLimit, pinned: ReadonlySet<string> = new Set()): NetworkSummary {
  const experts = graph.nodes.filter((n) => n.kind === 'expert');
  const totalExperts = experts.length;
  if (limit === 'all' || limit >= totalExperts) return { graph, shownExperts: totalExperts, totalExperts, hiddenExperts: 0 };

  const ranked = [...experts].sort(byQuotes);
  const shown = new Set(ranked.slice(0, Math.max(0, limit)).map((n) => n.id));
  for (const id of pinned) if (experts.some((n) => n.id === id)) shown.add(id);

  const keep = new Set(shown);
  for (const link of graph.links) {
    if (shown.has(link.source) && link.kind !== 'expert-expert') keep.add(link.target);
  }

  // Everyone not shown, counted under their main country.
  const countryOf = mainCountries(graph.links);
  const hiddenBy = new Map<string, number>();
  for (const expert of experts) {
    if (shown.has(expert.id)) continue;
    const country = countryOf.get(expert.id)?.target;
    if (country === undefined) continue;
    hiddenBy.set(country, (hiddenBy.get(country) ?? 0) + 1);
    keep.add(country);
  }

  const nodes: NetworkNode[] = graph.nodes.filter((n) => keep.has(n.id));
  const links: NetworkLink[] = strongestLinks(graph.links.filter((l) => keep.has(l.source) && keep.has(l.target)));
  const countryNodes = new Map(graph.nodes.filter((n) => n.kind === 'country').map((n) => [n.id, n]));
  for (const [country, count] of hiddenBy) {
    const ref = countryNodes.get(country)?.ref ?? country.slice(country.indexOf(':') + 1);
    const id = nodeId('group', ref);
    nodes.push({ id, kind: 'group', ref, label: groupLabel(count), size: count });
    // The group's experts are from that country: the same kind of link as each of theirs.
    links.push({ kind: 'expert-country', source: id, target: country, weight: count, articles: count });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  nodes.sort(byId);
  links.sort((a, b) => byId({ id: `${a.source}|${a.target}` }, { id: `${b.source}|${b.target}` }));
  return { graph: { nodes, links }, shownExperts: shown.size, totalExperts, hiddenExperts: totalExperts - shown.size };
}
