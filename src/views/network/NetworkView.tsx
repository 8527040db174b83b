import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useData, useDataIndex } from '../../state/data';
import { useAtlasStore } from '../../state/store';
import { useSearcher } from '../../state/searcher';
import { useAfterIdle } from '../../state/afterPaint';
import { ExpertDetails } from './ExpertDetails';
import { FilterSummary } from './FilterSummary';
import { describeEmptyNetwork, hasExperts, neighbourhood, NO_EXPERTS_MATCH } from '../../model/networkFilter';
import { countryFilterSentence } from '../../model/countryRelations';
import { nodeId, type NetworkNode } from '../../model/networkGraph';
import { byQuotes, fittingExpertCount, mainThemes, type NetworkSummary } from '../../model/networkSummary';
import { useElementSize } from '../../components/useElementSize';
import { ExpertsShown } from './ExpertsShown';
import { LARGE_LAYOUT_ABOVE } from './layout';
import { NetworkLegend } from './NetworkLegend';
import { NetworkStage, type CentreRequest } from './NetworkStage';
import { NetworkFigure } from './NetworkFigure';
import { NodeList } from './NodeList';
import { presentLabels } from './sceneLabels';
import { buildScene } from './scene';
import { searchNodes } from './search';
import { useNetworkLayout, type LayoutState } from './useNetworkLayout';
import { useNetworkModel } from './useNetworkModel';
import './network.css';
import { formatCount } from '../../model/formatCount';

interface Dragged {
  /** Drags belong to one layout; a new layout starts clean. */
  layout: LayoutState;
  at: Map<string, [number, number]>;
}

function describeGraph(counts: Record<NetworkNode['kind'], number>, links: number, summary: NetworkSummary): string {
  const others = summary.hiddenExperts === 0 ? '' : ` The other ${formatCount(summary.hiddenExperts)} experts are grouped by country.`;
  return `Network of ${counts.expert} experts, ${counts.theme} themes and ${counts.country} countries with ${links} links.${others} The list beside it reaches every node by keyboard.`;
}

/** The drawing's size before it is measured and where the browser cannot measure (jsdom). */
const GRAPH_TEST_SIZE = { width: 640, height: 480 };

/** The expert network: who said what, about which themes, from which countries. */
export default function NetworkView() {
  const data = useData();
  const index = useDataIndex();
  const graphRef = useRef<HTMLDivElement>(null);
  // Measured after the frame that shows the view (no forced layout in its commit); until then the
  // list and the header render, and the drawing waits: its layout depends on how many experts fit.
  const measured = useElementSize(graphRef, GRAPH_TEST_SIZE, { afterLayout: true });
  const graphSize = measured ?? GRAPH_TEST_SIZE;
  const fitting = fittingExpertCount(graphSize.width, graphSize.height);
  const model = useNetworkModel(data, fitting);
  const layout = useNetworkLayout(measured === null ? null : model.layoutGraph);
  const { selectExpert, selectCountry, toggleTheme, clearFilters, setHoveredExpert, setNetworkExperts } = useAtlasStore(
    useShallow((s) => ({
      selectExpert: s.selectExpert,
      selectCountry: s.selectCountry,
      toggleTheme: s.toggleTheme,
      clearFilters: s.clearFilters,
      setHoveredExpert: s.setHoveredExpert,
      setNetworkExperts: s.setNetworkExperts,
    })),
  );
  const [hovered, setHovered] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [centre, setCentre] = useState<CentreRequest | null>(null);
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [focusDetails, setFocusDetails] = useState(false);
  /** After the details close, focus goes back to the expert's entry in the list (or the search box). */
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const { visible, drawn, summary, adjacency, selectedExpert, selectedCountry, themes, range } = model;

  const scene = useMemo(() => {
    if (layout.status !== 'ready') return null;
    const moved = dragged?.layout === layout ? dragged.at : null;
    return buildScene(drawn, (id) => moved?.get(id) ?? layout.positionOf(id));
  }, [layout, dragged, drawn]);

  const storeHover = model.hoveredExpert === null ? null : nodeId('expert', model.hoveredExpert);
  const hoverId = hovered ?? (storeHover !== null && adjacency.has(storeHover) ? storeHover : null);
  // A selected expert lights their themes, countries and co-speakers (a story step says so); a hover wins while it lasts.
  const selectedExpertId = selectedExpert === null ? null : nodeId('expert', selectedExpert);
  const anchor = hoverId ?? (selectedExpertId !== null && adjacency.has(selectedExpertId) ? selectedExpertId : null);
  const highlighted = useMemo(() => (anchor !== null && adjacency.has(anchor) ? neighbourhood(adjacency, anchor) : null), [anchor, adjacency]);
  const selected = useMemo(() => {
    const ids = new Set<string>();
    if (selectedExpert !== null) ids.add(nodeId('expert', selectedExpert));
    if (selectedCountry !== null) ids.add(nodeId('country', selectedCountry));
    return ids;
  }, [selectedExpert, selectedCountry]);
  const focus = useMemo(() => ({ hovered: hoverId, anchor, highlighted, selected }), [hoverId, anchor, highlighted, selected]);
  // The exported figure shows the selection, never the hover: its own focus, stable while the mouse moves.
  const selectionAnchor = selectedExpertId !== null && adjacency.has(selectedExpertId) ? selectedExpertId : null;
  const figureFocus = useMemo(
    () => ({ hovered: null, anchor: selectionAnchor, highlighted: selectionAnchor === null ? null : neighbourhood(adjacency, selectionAnchor), selected }),
    [selectionAnchor, adjacency, selected],
  );
  const presenting = useAtlasStore((s) => s.step !== null);

  // The list reaches every node the filters keep; the drawing adds the groups of experts not drawn.
  const byId = useMemo(() => new Map([...visible.nodes, ...drawn.nodes].map((n) => [n.id, n])), [visible, drawn]);
  const hover = useCallback(
    (id: string | null) => {
      setHovered(id);
      const node = id === null ? undefined : byId.get(id);
      setHoveredExpert(node?.kind === 'expert' ? node.ref : null);
    },
    [byId, setHoveredExpert],
  );
  const activate = useCallback(
    (node: NetworkNode | undefined, centreIt = false) => {
      if (node === undefined) return;
      if (node.kind === 'expert') {
        setFocusDetails(true);
        selectExpert(node.ref);
        if (centreIt) setCentre({ id: node.id, nonce: Date.now() });
      } else if (node.kind === 'theme') toggleTheme(node.ref);
      else if (node.kind === 'group') {
        // A country's group: that country's experts, and once they are the filter, more of them.
        if (useAtlasStore.getState().selectedCountry !== node.ref) selectCountry(node.ref);
        else setNetworkExperts('all');
      } else selectCountry(useAtlasStore.getState().selectedCountry === node.ref ? null : node.ref);
    },
    [selectExpert, selectCountry, toggleTheme, setNetworkExperts],
  );
  const activateId = useCallback((id: string) => activate(byId.get(id)), [activate, byId]);
  const drag = useCallback(
    (id: string, x: number, y: number) =>
      setDragged((previous) => {
        const at = new Map(previous?.layout === layout ? previous.at : []);
        at.set(id, [x, y]);
        return { layout, at };
      }),
    [layout],
  );
  // The atlas-wide search (loaded on the first keystroke) also finds experts by what they said.
  const searcher = useSearcher(query.trim() !== '');
  const reached = useMemo(() => (searcher === null || query.trim() === '' ? null : searcher.experts(query)), [searcher, query]);
  // Without a query the list runs as the drawing ranks: most quoted (most mentioned, most experts) first.
  const matches = useMemo(() => (query.trim() === '' ? [...visible.nodes].sort(byQuotes) : searchNodes(visible.nodes, query, reached)), [visible, query, reached]);
  const isPressed = useCallback(
    (node: NetworkNode) => (node.kind === 'expert' ? node.ref === selectedExpert : node.kind === 'theme' ? themes.includes(node.ref) : node.ref === selectedCountry),
    [selectedExpert, selectedCountry, themes],
  );
  const listActivate = useCallback((node: NetworkNode) => activate(node, true), [activate]);
  // Under each expert in the list: the themes they spoke on most, in the years and filters shown.
  const themesOf = useMemo(() => mainThemes(visible.links), [visible]);
  const detailOf = useCallback(
    (node: NetworkNode) => {
      const ids = node.kind === 'expert' ? themesOf.get(node.id) : undefined;
      return ids === undefined || ids.length === 0 ? undefined : `Mostly ${ids.map((id) => byId.get(id)?.label ?? id).join('; ')}`;
    },
    [themesOf, byId],
  );
  const submitSearch = useCallback(() => activate(matches.find((n) => n.kind === 'expert'), true), [activate, matches]);

  useEffect(() => {
    const side = sideRef.current;
    if (returnFocusTo === null || side === null || selectedExpert !== null) return;
    const entry = side.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(returnFocusTo)}"]`) ?? side.querySelector<HTMLElement>('input[type="search"]');
    entry?.focus();
    setReturnFocusTo(null);
  }, [returnFocusTo, selectedExpert]);

  const counts = { expert: 0, theme: 0, country: 0, group: 0 };
  for (const node of drawn.nodes) counts[node.kind] += 1;
  const expert = selectedExpert === null ? undefined : index.expertById.get(selectedExpert);
  const themeLabels = themes.map((t) => index.themeById.get(t)?.label ?? t);
  const countryName = selectedCountry === null ? null : (index.countryByIso3.get(selectedCountry)?.name ?? selectedCountry);

  const emptyReason = data.experts.length === 0 ? 'No experts in the data yet: add articles and run npm run preprocess.' : describeEmptyNetwork({ themeLabels, countryName, range });
  const description = describeGraph(counts, drawn.links.length, summary);
  // The exported figure's off-screen drawing names every node: placed once the page is idle after the drawing.
  const figureDue = useAfterIdle(scene !== null || !hasExperts(visible));
  const figure = !figureDue ? null : !hasExperts(visible) ? (
    <NetworkFigure scene={null} focus={figureFocus} description={description} emptyText={[NO_EXPERTS_MATCH, emptyReason]} />
  ) : scene !== null && scene.nodes.length <= LARGE_LAYOUT_ABOVE ? (
    <NetworkFigure scene={scene} focus={figureFocus} description={description} emptyText={[]} />
  ) : null;

  const main = (() => {
    if (!hasExperts(visible)) {
      return (
        <div className="network-empty" role="status">
          <p>{emptyReason}</p>
          {data.experts.length > 0 && (
            <button type="button" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      );
    }
    if (layout.status === 'failed') return <p className="network-empty" role="alert">The network could not be laid out: {layout.message}</p>;
    if (scene === null) {
      const progress = layout.status === 'computing' ? layout.progress : 0;
      return (
        <div className="network-progress">
          <p id="network-progress-label">Laying out {formatCount(model.layoutGraph.nodes.length)} nodes…</p>
          <div role="progressbar" aria-labelledby="network-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
            <div className="network-progress__bar" style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        </div>
      );
    }
    return (
      <NetworkStage
        scene={scene}
        useCanvas={scene.nodes.length > LARGE_LAYOUT_ABOVE}
        focus={focus}
        description={description}
        fitKey={drawn}
        centre={centre}
        onHover={hover}
        onActivate={activateId}
        onDrag={drag}
        labelStyle={presenting ? presentLabels : undefined}
      />
    );
  })();

  return (
    <div className="network">
      <header className="network__header">
        <div className="network__title">
          <h2>Expert network</h2>
          <p>Who spoke on which themes, and from where. Hover to see links; click a theme or country to narrow every view.</p>
        </div>
        <FilterSummary
          themeLabels={themes.map((id, i) => ({ id, label: themeLabels[i] ?? id }))}
          countryName={countryName}
          countryMeaning={countryName === null || model.countryRelations === null ? null : countryFilterSentence(countryName, model.countryRelations)}
          range={range}
          onRemoveTheme={toggleTheme}
          onRemoveCountry={() => selectCountry(null)}
          onClear={clearFilters}
        />
      </header>
      <div className="network__body">
        <div className="network__graph" ref={graphRef}>
          {main}
          {figure}
          {measured !== null && hasExperts(visible) && <ExpertsShown summary={summary} fitting={fitting} choice={model.limitChoice} onChange={setNetworkExperts} />}
          <NetworkLegend groups={summary.hiddenExperts > 0} hasOwn={model.layoutGraph.nodes.some((node) => node.own === true)} />
        </div>
        <div className="network__side" ref={sideRef}>
          {expert !== undefined ? (
            <ExpertDetails
              expert={expert}
              index={index}
              takeFocus={focusDetails}
              onClose={() => {
                setFocusDetails(false);
                setReturnFocusTo(nodeId('expert', expert.id));
                selectExpert(null);
              }}
              onSelectCountry={(iso3) => selectCountry(iso3)}
            />
          ) : (
            <NodeList matches={matches} total={visible.nodes.length} query={query} onQuery={setQuery} onSubmit={submitSearch} isPressed={isPressed} onActivate={listActivate} onHover={hover} detailOf={detailOf} />
          )}
        </div>
      </div>
    </div>
  );
}
