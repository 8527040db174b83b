import { lazy, startTransition, use, useEffect, useMemo, useState } from 'react';
import { buildDataIndex } from '../model/dataIndex';
import type { ScoData } from '../model/schema';
import { DataContext } from '../state/data';
import type { LoadResult } from '../state/loadData';
import { useShownData } from '../state/ownData';
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

interface AppProps {
  /** Started before the first render, so the data downloads while React sets up. */
  dataLoad: Promise<LoadResult>;
}

export function App({ dataLoad }: AppProps) {
  const [result, setResult] = useState<LoadResult | null>(null);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([dataLoad, mapViewSettled]).then(([loaded]) => {
      // A transition: React renders the dashboard in slices of a few ms, so its first render is
      // not one long task that blocks input (Lighthouse's total blocking time).
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
  return <Dashboard shipped={result.data} />;
}

/** The views over the data shown: the shipped data, or with the person's own articles added. */
function Dashboard({ shipped }: { shipped: ScoData }) {
  const data = useShownData(shipped);
  const loaded = useMemo(() => ({ data, index: buildDataIndex(data) }), [data]);
  return (
    <DataContext.Provider value={loaded}>
      <div className="app">
        <AppHeader data={data} shipped={shipped} />
        <main className="dashboard">
          <ViewRegion label={VIEW_REGION_LABEL.map} className="view-region--map">
            <MapViewWhenLoaded />
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.network} className="view-region--network">
            <AfterMap label={VIEW_REGION_LABEL.network} preload={loadNetworkView}>
              <NetworkView />
            </AfterMap>
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.timeline} className="view-region--timeline">
            <AfterMap label={VIEW_REGION_LABEL.timeline} preload={loadTimelineView}>
              <TimelineView />
            </AfterMap>
          </ViewRegion>
          <ViewRegion label={TABLE_REGION_LABEL} className="view-region--table">
            <AfterMap label={TABLE_REGION_LABEL} preload={loadTableView}>
              <TableView />
            </AfterMap>
          </ViewRegion>
          <PresentationStage />
        </main>
      </div>
    </DataContext.Provider>
  );
}
