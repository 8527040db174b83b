import { lazy, useEffect, useMemo, useState } from 'react';
import { buildDataIndex } from '../model/dataIndex';
import { DataContext } from '../state/data';
import type { LoadResult } from '../state/loadData';
import { ErrorPanel } from '../components/ErrorPanel';
import { LoadingState } from '../components/LoadingState';
import { ViewRegion } from '../components/ViewRegion';
import { AfterMap } from './AfterMap';
import { AppHeader } from './AppHeader';
import { TABLE_REGION_LABEL, VIEW_REGION_LABEL } from '../state/viewState';
import { PresentationStage } from '../views/present/PresentationStage';

const loadMapView = () => import('../views/map/MapView');
// The map is the first thing a visitor sees: fetch its code (which starts the outlines' download) while sco.json loads.
void loadMapView();
const MapView = lazy(loadMapView);
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
    void dataLoad.then((loaded) => {
      if (!cancelled) setResult(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [dataLoad]);

  const loaded = useMemo(() => (result?.ok ? { data: result.data, index: buildDataIndex(result.data) } : null), [result]);

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
