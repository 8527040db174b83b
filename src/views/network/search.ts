import type { NetworkNode } from '../../model/networkGraph';
import { foldForSearch, queryWords } from '../../model/textSearch';

/**
 * Nodes whose label contains every word of the query (any order); names that start with the
 * query come first, then alphabetical. Experts the atlas-wide search reaches another way (their
 * organisation, role, or the words of a quote: `alsoExperts`) follow, so "Secretary General" finds
 * the expert who spoke of one.
 */
export function searchNodes<N extends Pick<NetworkNode, 'label'> & Partial<Pick<NetworkNode, 'kind' | 'ref'>>>(
  nodes: readonly N[],
  query: string,
  alsoExperts: ReadonlySet<string> | null = null,
): N[] {
  const words = queryWords(query);
  if (words.length === 0) return [...nodes];
  const folded = words.join(' ');
  const scored: Array<{ node: N; starts: boolean; label: string }> = [];
  const reached: Array<{ node: N; label: string }> = [];
  for (const node of nodes) {
    const label = foldForSearch(node.label);
    if (words.every((w) => label.includes(w))) {
      scored.push({ node, starts: label.startsWith(folded) || label.split(/\s+/).some((part) => part.startsWith(folded)), label });
    } else if (node.kind === 'expert' && node.ref !== undefined && alsoExperts?.has(node.ref) === true) {
      reached.push({ node, label });
    }
  }
  scored.sort((a, b) => Number(b.starts) - Number(a.starts) || a.label.localeCompare(b.label));
  reached.sort((a, b) => a.label.localeCompare(b.label));
  return [...scored, ...reached].map((s) => s.node);
}
