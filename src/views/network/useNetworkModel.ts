import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScoCore } from '../../model/core';
import { useAtlasStore } from '../../state/store';
import { countryRelations, NO_RELATIONS, type CountryRelations } from '../../model/countryRelations';
import { buildAdjacency, countryFilterOf, filterNetwork } from '../../model/networkFilter';
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
  /** The selected country's relations in the same years and themes (what the filter keeps, and why). */
  countryRelations: CountryRelations | null;
  selectedExpert: string | null;
  hoveredExpert: string | null;
}

/** The network derived from the data and the store's filters; one memo per step. */
export function useNetworkModel(data: ScoCore): NetworkModel {
  const { range, themes, selectedCountry, selectedExpert, hoveredExpert } = useAtlasStore(
    useShallow((s) => ({ range: s.range, themes: s.themes, selectedCountry: s.selectedCountry, selectedExpert: s.selectedExpert, hoveredExpert: s.hoveredExpert })),
  );
  const layoutGraph = useMemo(() => buildNetwork(data, null), [data]);
  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  const inRange = useMemo(() => (from === null || to === null ? layoutGraph : buildNetwork(data, [from, to])), [data, layoutGraph, from, to]);
  const themeKey = [...themes].sort().join(',');
  const chosenThemes = useMemo(() => (themeKey === '' ? [] : themeKey.split(',')), [themeKey]);
  // The same relations the map's details and the table count, in the same years and themes.
  const relations = useMemo(
    () =>
      selectedCountry === null
        ? null
        : (countryRelations(data, { range: from === null || to === null ? null : [from, to], themes: chosenThemes }).get(selectedCountry) ?? NO_RELATIONS),
    [data, from, to, chosenThemes, selectedCountry],
  );
  const visible = useMemo(
    () => filterNetwork(inRange, { themes: chosenThemes, country: selectedCountry === null || relations === null ? null : countryFilterOf(selectedCountry, relations) }),
    [inRange, chosenThemes, selectedCountry, relations],
  );
  const adjacency = useMemo(() => buildAdjacency(visible), [visible]);
  return { layoutGraph, visible, adjacency, range, themes, selectedCountry, countryRelations: relations, selectedExpert, hoveredExpert };
}

export function expertNodeId(expertId: string | null): string | null {
  return expertId === null ? null : nodeId('expert', expertId);
}
