import type { NetworkNode } from '../../model/networkGraph';

/** Lower case without accents, so "tolipov" finds "Tolipov" and "sheradil" finds "Şeradil". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Nodes whose label contains every word of the query (any order); names that start with the
 * query come first, then alphabetical.
 */
export function searchNodes<N extends Pick<NetworkNode, 'label'>>(nodes: readonly N[], query: string): N[] {
  const words = foldForSearch(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...nodes];
  const folded = foldForSearch(query.trim());
  const scored: Array<{ node: N; starts: boolean; label: string }> = [];
  for (const node of nodes) {
    const label = foldForSearch(node.label);
    if (!words.every((w) => label.includes(w))) continue;
    scored.push({ node, starts: label.startsWith(folded) || label.split(/\s+/).some((part) => part.startsWith(folded)), label });
  }
  scored.sort((a, b) => Number(b.starts) - Number(a.starts) || a.label.localeCompare(b.label));
  return scored.map((s) => s.node);
}
