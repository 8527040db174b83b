import { lazy, useEffect, useState } from 'react';
import { DataContext } from './DataContext';
import { loadScoData, type LoadResult } from './loadData';
import { ErrorPanel } from '../components/ErrorPanel';
import { LoadingState } from '../components/LoadingState';
import { ViewRegion } from '../components/ViewRegion';
import { AppHeader } from './AppHeader';

const MapView = lazy(() => import('../views/map/MapView'));
const TimelineView = lazy(() => import('../views/timeline/TimelineView'));
const NetworkView = lazy(() => import('../views/network/NetworkView'));

export function App() {
  const [result, setResult] = useState<LoadResult | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadScoData().then((loaded) => {
      if (!cancelled) setResult(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);

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
  return (
    <DataContext.Provider value={result.data}>
      <div className="app">
        <AppHeader data={result.data} />
        <main className="dashboard">
          <ViewRegion label="Membership map" className="view-region--map">
            <MapView />
          </ViewRegion>
          <ViewRegion label="Expert network" className="view-region--network">
            <NetworkView />
          </ViewRegion>
          <ViewRegion label="Theme timeline" className="view-region--timeline">
            <TimelineView />
          </ViewRegion>
        </main>
      </div>
    </DataContext.Provider>
  );
}
