import { lazy, useEffect, useMemo, useState } from 'react';
import { buildDataIndex } from '../model/dataIndex';
import { DataContext } from '../state/data';
import type { LoadResult } from '../state/loadData';
import { useDataset } from '../state/dataset';
import { useAfterMapDrawn } from '../state/paintOrder';
import { ErrorPanel } from '../components/ErrorPanel';
import { LoadingState } from '../components/LoadingState';
import { ViewRegion } from '../components/ViewRegion';
import { AppHeader } from './AppHeader';
import { TABLE_REGION_LABEL, VIEW_REGION_LABEL } from '../state/viewState';
import { PresentationStage } from '../views/present/PresentationStage';

const loadMapView = () => import('../views/map/MapView');
// The map is the first thing a visitor sees: fetch its code (which starts the outlines' download) while the data loads.
void loadMapView();
const MapView = lazy(loadMapView);
const TimelineView = lazy(() => import('../views/timeline/TimelineView'));
const NetworkView = lazy(() => import('../views/network/NetworkView'));
const TableView = lazy(() => import('../views/table/TableView'));

export function App() {
  // Started before the first render (main.tsx), so the data downloads while React sets up.
  const dataLoad = useDataset((s) => s.load);
  // The map first; the other views once it is on screen (src/state/paintOrder.ts).
  const afterMap = useAfterMapDrawn();
  const [settled, setSettled] = useState<{ load: Promise<LoadResult>; result: LoadResult } | null>(null);

  useEffect(() => {
    if (dataLoad === null) return;
    let cancelled = false;
    void dataLoad.then((result) => {
      if (!cancelled) setSettled({ load: dataLoad, result });
    });
    return () => {
      cancelled = true;
    };
  }, [dataLoad]);

  // Another data set opened: the old one's views go, the new one's loading state shows.
  const result = settled !== null && settled.load === dataLoad ? settled.result : null;
  const loaded = useMemo(() => (result?.ok ? { data: result.data, index: buildDataIndex(result.data), evidence: result.evidence } : null), [result]);

  if (result === null) {
    return (
      <main className="app app--loading">
        <LoadingState label="Loading SCO Atlas data…" />
      </main>
    );
  }
  if (!result.ok || loaded === null) {
    return (
      <main className="app app--error">
        <ErrorPanel problem={result.ok ? { title: 'The data could not be indexed.', details: [] } : result.problem} />
      </main>
    );
  }
  return (
    <DataContext.Provider value={loaded}>
      <div className="app">
        <AppHeader data={result.data} />
        <main className="dashboard">
          <ViewRegion label={VIEW_REGION_LABEL.map} className="view-region--map">
            <MapView />
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.network} className="view-region--network">
            {afterMap ? <NetworkView /> : <LoadingState label={`Loading ${VIEW_REGION_LABEL.network.toLowerCase()}…`} />}
          </ViewRegion>
          <ViewRegion label={VIEW_REGION_LABEL.timeline} className="view-region--timeline">
            {afterMap ? <TimelineView /> : <LoadingState label={`Loading ${VIEW_REGION_LABEL.timeline.toLowerCase()}…`} />}
          </ViewRegion>
          <ViewRegion label={TABLE_REGION_LABEL} className="view-region--table">
            {afterMap ? <TableView /> : <LoadingState label={`Loading ${TABLE_REGION_LABEL.toLowerCase()}…`} />}
          </ViewRegion>
          <PresentationStage />
        </main>
      </div>
    </DataContext.Provider>
  );
}
