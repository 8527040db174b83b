import { lazy, startTransition, use, useEffect, useMemo, useState } from 'react';
import { buildDataIndex } from '../model/dataIndex';
import { DataContext, type LoadedData } from '../state/data';
import { useDataset } from '../state/dataset';
import type { LoadResult } from '../state/loadData';
import { ErrorPanel } from '../components/ErrorPanel';
import { readable } from '../components/readablePromise';
import { ViewRegion } from '../components/ViewRegion';
import { AfterMap } from './AfterMap';
import { AppHeader } from './AppHeader';
import { LoadingShell } from './LoadingShell';
import { TABLE_REGION_LABEL, VIEW_REGION_LABEL } from '../state/viewState';
import { PresentationStage } from '../views/present/PresentationStage';

/**
 * The map is the first thing a visitor sees. Its code and outlines load beside the data (index.html
 * preloads all three), and the dashboard is first rendered once they are all in, so the map's first
 * render never suspends: a suspended render commits the fallback, then waits out React's 300 ms
 * throttle before the map. A failed load reaches the map region's error boundary through use().
 */
const mapView = readable(
  import('../views/map/MapView').then(async (module) => {
    await module.whenOutlinesLoaded();
    return module;
  }),
);
const mapViewSettled = mapView.then(
  () => undefined,
  () => undefined,
);

function MapViewWhenLoaded() {
  const { default: MapView } = use(mapView);
  return <MapView />;
}

const loadTimelineView = () => import('../views/timeline/TimelineView');
const loadNetworkView = () => import('../views/network/NetworkView');
const TimelineView = lazy(loadTimelineView);
const NetworkView = lazy(loadNetworkView);
const loadTableView = () => import('../views/table/TableView');
const TableView = lazy(loadTableView);

export function App() {
  // Started before the first render (main.tsx), so the data downloads while React sets up; another
  // data set (the shipped one with the person's own articles, src/state/ownData.ts) replaces it.
  const dataLoad = useDataset((s) => s.load);
  const [result, setResult] = useState<LoadResult | null>(null);

  useEffect(() => {
    if (dataLoad === null) return;
    let cancelled = false;
    void Promise.all([dataLoad, mapViewSettled]).then(([loaded]) => {
      // A transition: React renders the dashboard in slices of a few ms, so its first render is
      // not one long task that blocks input (Lighthouse's total blocking time). The data set shown
      // before stays on screen until then.
      if (!cancelled) startTransition(() => setResult(loaded));
    });
    return () => {
      cancelled = true;
    };
  }, [dataLoad]);

  if (result === null) return <LoadingShell />;
  if (!result.ok) {
    return (
      <main className="app app--error">
        <ErrorPanel problem={result.problem} />
      </main>
    );
  }
  return <Dashboard data={result.data} evidence={result.evidence} />;
}

/** The views over the data set shown: the shipped data, or with the person's own articles added. */
function Dashboard({ data, evidence }: Omit<LoadedData, 'index'>) {
  const loaded = useMemo(() => ({ data, index: buildDataIndex(data), evidence }), [data, evidence]);
  return (
    <DataContext.Provider value={loaded}>
      <div className="app">
        <AppHeader data={data} />
        <main className="dashboard">
          <ViewRegion label={VIEW_REGION_LABEL.map} className="view-region--map">
            <MapViewWhenLoaded />
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.network} className="view-region--network">
            <AfterMap label={VIEW_REGION_LABEL.network} preload={loadNetworkView} turn={0}>
              <NetworkView />
            </AfterMap>
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.timeline} className="view-region--timeline">
            <AfterMap label={VIEW_REGION_LABEL.timeline} preload={loadTimelineView} turn={1}>
              <TimelineView />
            </AfterMap>
          </ViewRegion>
          <ViewRegion label={TABLE_REGION_LABEL} className="view-region--table">
            <AfterMap label={TABLE_REGION_LABEL} preload={loadTableView} turn={2}>
              <TableView />
            </AfterMap>
          </ViewRegion>
          <PresentationStage />
        </main>
      </div>
    </DataContext.Provider>
  );
}
