import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScoData } from '../../model/schema';
import { useAtlasStore } from '../../state/store';
import { buildAdjacency, filterNetwork } from '../../model/networkFilter';
import { buildNetwork, nodeId, type NetworkGraph } from '../../model/networkGraph';

export interface NetworkModel {
  /** All years, unfiltered: what the layout is computed on, so filtering never moves a node. */
  layoutGraph: NetworkGraph;
  /** What is shown: the year range, chosen themes and selected country applied. */
  visible: NetworkGraph;
  adjacency: ReturnType<typeof buildAdjacency>;
  range: [number, number] | null;
  themes: string[];
  selectedCountry: string | null;
  selectedExpert: string | null;
  hoveredExpert: string | null;
}

/** The network derived from the data and the store's filters; one memo per step. */
export function useNetworkModel(data: ScoData): NetworkModel {
  const { range, themes, selectedCountry, selectedExpert, hoveredExpert } = useAtlasStore(
    useShallow((s) => ({ range: s.range, themes: s.themes, selectedCountry: s.selectedCountry, selectedExpert: s.selectedExpert, hoveredExpert: s.hoveredExpert })),
  );
  const layoutGraph = useMemo(() => buildNetwork(data, null), [data]);
  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  const inRange = useMemo(() => (from === null || to === null ? layoutGraph : buildNetwork(data, [from, to])), [data, layoutGraph, from, to]);
  const themeKey = [...themes].sort().join(',');
  const visible = useMemo(
    () => filterNetwork(inRange, { themes: themeKey === '' ? [] : themeKey.split(','), country: selectedCountry }),
    [inRange, themeKey, selectedCountry],
  );
  const adjacency = useMemo(() => buildAdjacency(visible), [visible]);
  return { layoutGraph, visible, adjacency, range, themes, selectedCountry, selectedExpert, hoveredExpert };
}

export function expertNodeId(expertId: string | null): string | null {
  return expertId === null ? null : nodeId('expert', expertId);
}
