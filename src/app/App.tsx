import { lazy, useEffect, useMemo, useState } from 'react';
import { buildDataIndex } from '../model/dataIndex';
import type { ScoData } from '../model/schema';
import { DataContext } from '../state/data';
import type { LoadResult } from '../state/loadData';
import { useShownData } from '../state/ownData';
import { ErrorPanel } from '../components/ErrorPanel';
import { LoadingState } from '../components/LoadingState';
import { ViewRegion } from '../components/ViewRegion';
import { AppHeader } from './AppHeader';
import { TABLE_REGION_LABEL, VIEW_REGION_LABEL } from '../state/viewState';
import { PresentationStage } from '../views/present/PresentationStage';

const loadMapView = () => import('../views/map/MapView');
// The map is the first thing a visitor sees: fetch its code (which starts the outlines' download) while sco.json loads.
void loadMapView();
const MapView = lazy(loadMapView);
const TimelineView = lazy(() => import('../views/timeline/TimelineView'));
const NetworkView = lazy(() => import('../views/network/NetworkView'));
const TableView = lazy(() => import('../views/table/TableView'));

interface AppProps {
  /** Started before the first render, so the data downloads while React sets up. */
  dataLoad: Promise<LoadResult>;
}

export function App({ dataLoad }: AppProps) {
  const [result, setResult] = useState<LoadResult | null>(null);

  useEffect(() => {
    let cancelled = false;
    void dataLoad.then((loaded) => {
      if (!cancelled) setResult(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [dataLoad]);

  if (result === null) {
    return (
      <main className="app app--loading">
        <LoadingState label="Loading SCO Atlas data…" />
      </main>
    );
  }
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
            <MapView />
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.network} className="view-region--network">
            <NetworkView />
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.timeline} className="view-region--timeline">
            <TimelineView />
          </ViewRegion>
          <ViewRegion label={TABLE_REGION_LABEL} className="view-region--table">
            <TableView />
          </ViewRegion>
          <PresentationStage />
        </main>
      </div>
    </DataContext.Provider>
  );
}
