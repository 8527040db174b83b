import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScoCore } from '../../model/core';
import { useAtlasStore } from '../../state/store';
import { countryRelations, NO_RELATIONS, type CountryRelations } from '../../model/countryRelations';
import { buildAdjacency, countryFilterOf, filterNetwork } from '../../model/networkFilter';
import { buildNetwork, nodeId, type NetworkGraph } from '../../model/networkGraph';
import { summariseNetwork, type ExpertLimit, type NetworkSummary } from '../../model/networkSummary';
import { LARGE_LAYOUT_ABOVE } from './layout';

export interface NetworkModel {
  /**
   * What the layout is computed on. Every expert drawn, of a small corpus or by choice ("All"): all
   * years, unfiltered, so filtering never moves a node. Otherwise what is drawn, so the experts
   * shown spread over the whole drawing instead of sitting where a layout of thousands put them.
   */
  layoutGraph: NetworkGraph;
  /** Every node the filters keep (the year range, chosen themes and selected country applied): what the list reaches. */
  visible: NetworkGraph;
  /** What is drawn: the most quoted experts of `visible` and the rest grouped by country (or all of them). */
  drawn: NetworkGraph;
  summary: NetworkSummary;
  /** The limit in force: the store's, or the panel's own count when the store leaves it open. */
  limit: ExpertLimit;
  /** The store's choice (null: as many as fit the panel). */
  limitChoice: ExpertLimit | null;
  /** Neighbours in the drawn graph. */
  adjacency: ReturnType<typeof buildAdjacency>;
  range: [number, number] | null;
  themes: string[];
  selectedCountry: string | null;
  /** The selected country's relations in the same years and themes (what the filter keeps, and why). */
  countryRelations: CountryRelations | null;
  selectedExpert: string | null;
  hoveredExpert: string | null;
}

/** The network derived from the data and the store's filters; one memo per step. `fitting`: how many experts fit the panel. */
export function useNetworkModel(data: ScoCore, fitting: number): NetworkModel {
  const { range, themes, selectedCountry, selectedExpert, hoveredExpert, limitChoice } = useAtlasStore(
    useShallow((s) => ({
      range: s.range,
      themes: s.themes,
      selectedCountry: s.selectedCountry,
      selectedExpert: s.selectedExpert,
      hoveredExpert: s.hoveredExpert,
      limitChoice: s.networkExperts,
    })),
  );
  const allYears = useMemo(() => buildNetwork(data, null), [data]);
  const from = range?.[0] ?? null;
  const to = range?.[1] ?? null;
  const inRange = useMemo(() => (from === null || to === null ? allYears : buildNetwork(data, [from, to])), [data, allYears, from, to]);
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
  const limit = limitChoice ?? fitting;
  const unpinned = useMemo(() => summariseNetwork(visible, limit), [visible, limit]);
  // The selected expert is drawn even when outside the most quoted (found in the list or the search).
  const selectedId = selectedExpert === null ? null : nodeId('expert', selectedExpert);
  const pinnedId = selectedId !== null && !unpinned.graph.nodes.some((n) => n.id === selectedId) && visible.nodes.some((n) => n.id === selectedId) ? selectedId : null;
  const summary = useMemo(() => (pinnedId === null ? unpinned : summariseNetwork(visible, limit, new Set([pinnedId]))), [unpinned, visible, limit, pinnedId]);
  const drawn = summary.graph;
  const everyoneDrawn = summary.hiddenExperts === 0 && (limit === 'all' || allYears.nodes.length <= LARGE_LAYOUT_ABOVE);
  const layoutGraph = everyoneDrawn ? allYears : drawn;
  const adjacency = useMemo(() => buildAdjacency(drawn), [drawn]);
  return { layoutGraph, visible, drawn, summary, limit, limitChoice, adjacency, range, themes, selectedCountry, countryRelations: relations, selectedExpert, hoveredExpert };
}

export function expertNodeId(expertId: string | null): string | null {
  return expertId === null ? null : nodeId('expert', expertId);
}
