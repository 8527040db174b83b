import { lazy, startTransition, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CORE_FILE, MAP_FILE } from '../model/dataFiles';
import { buildDataIndex } from '../model/dataIndex';
import { mapFileMismatch, type MapFile } from '../model/mapFile';
import type { Checked, DataProblem } from '../model/parse';
import { DataContext, MapFileContext, type LoadedData } from '../state/data';
import { useDataset } from '../state/dataset';
import type { LoadResult } from '../state/loadData';
import { ErrorPanel } from '../components/ErrorPanel';
import { LoadingState } from '../components/LoadingState';
import { readable } from '../components/readablePromise';
import { ViewRegion } from '../components/ViewRegion';
import { AfterMap } from './AfterMap';
import { AppHeader } from './AppHeader';
import { HeaderWhileLoading } from './HeaderWhileLoading';
import { LoadingShell } from './LoadingShell';
import { nextTask } from '../state/nextTask';
import { TABLE_REGION_LABEL, VIEW_REGION_LABEL } from '../state/viewState';
import { PresentationStage } from '../views/present/PresentationStage';

/**
 * The map is the first thing a visitor sees. Its code and outlines load beside the entry's script
 * (index.html preloads them once its loading shell has painted; the map file and the core from the
 * start); the map is first rendered once its code, outlines and map
 * file are in (the core, megabytes at 10,000 articles, follows behind), so the map's first
 * render never suspends: a suspended render commits the fallback, then waits out React's 300 ms
 * throttle before the map. A failed load reaches the map region's error boundary through use().
 */
const mapView = readable(
  // In a task of its own: evaluated with the entry's, the two chunks were one long task.
  nextTask()
    .then(() => import('../views/map/MapView'))
    .then(async (module) => {
      await module.whenOutlinesLoaded();
      return module;
    }),
);
const mapViewSettled = mapView.then(
  () => undefined,
  () => undefined,
);

/** For the loading shell's build-time render (EarlyShell.tsx): settles once the map view and its outlines are in. */
export const whenMapViewLoaded: Promise<void> = mapViewSettled;

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

type Shown =
  | { kind: 'loading' }
  | { kind: 'failed'; problem: DataProblem }
  /** The map file is in, the core not yet: the map draws, the other views say they are loading. */
  | { kind: 'map'; map: MapFile }
  | { kind: 'loaded'; data: LoadedData['data']; evidence: LoadedData['evidence']; mismatch: string | null };

/** The core's load with the map file's: a broken map file is as readable a problem as a broken core. */
function settled(loaded: LoadResult, map: Checked<MapFile> | null): Shown {
  if (!loaded.ok) return { kind: 'failed', problem: loaded.problem };
  if (map !== null && !map.ok) return { kind: 'failed', problem: map.problem };
  return { kind: 'loaded', data: loaded.data, evidence: loaded.evidence, mismatch: map === null ? null : mapFileMismatch(map.data.core, loaded.data) };
}

export function App() {
  // Started before the first render (main.tsx), so the data downloads while React sets up; another
  // data set (the shipped one with the person's own articles, src/state/ownData.ts) replaces it.
  const { load: dataLoad, mapFirst } = useDataset(useShallow((s) => ({ load: s.load, mapFirst: s.mapFirst })));
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });

  useEffect(() => {
    if (dataLoad === null) return;
    let cancelled = false;
    let coreIn = false;
    void dataLoad.then(() => (coreIn = true));
    const mapFile = mapFirst ?? Promise.resolve(null);
    // The map's outlines projected ahead, a few at a time, for the stage the shell laid out, and the
    // label sites of the countries the map file names: not inside the map's first render.
    const readyToDraw = Promise.all([mapFile, mapView])
      .then(([map, module]) => module.whenReadyToDraw(map !== null && map.ok ? map.data.countries.map((c) => c.iso3) : []))
      .catch(() => undefined);
    // The map first, from its map file (a few KB), unless the core is in by then (a small corpus).
    void Promise.all([mapFile, readyToDraw]).then(([map]) => {
      if (cancelled || coreIn || map === null) return;
      const next: Shown = map.ok ? { kind: 'map', map: map.data } : { kind: 'failed', problem: map.problem };
      startTransition(() => setShown((before) => (before.kind === 'loading' ? next : before)));
    });
    void Promise.all([dataLoad, mapFile, readyToDraw]).then(([loaded, map]) => {
      // A transition: React renders the dashboard in slices of a few ms, so its first render is
      // not one long task that blocks input (Lighthouse's total blocking time). The data set shown
      // before stays on screen until then.
      if (!cancelled) startTransition(() => setShown(settled(loaded, map)));
    });
    return () => {
      cancelled = true;
    };
  }, [dataLoad, mapFirst]);

  if (shown.kind === 'loading') return <LoadingShell />;
  if (shown.kind === 'failed') {
    return (
      <main className="app app--error">
        <ErrorPanel problem={shown.problem} />
      </main>
    );
  }
  if (shown.kind === 'map') return <Dashboard map={shown.map} core={null} mismatch={null} />;
  return <Dashboard map={null} core={shown} mismatch={shown.mismatch} />;
}

interface DashboardProps {
  /** The map file, while the core is still loading. */
  map: MapFile | null;
  /** The core, once it is in. */
  core: Omit<LoadedData, 'index'> | null;
  mismatch: string | null;
}

/**
 * The views over the data set shown: the shipped data, or with the person's own articles added.
 * Before the core is in, the map draws from its map file and the other regions keep their place
 * with a loading line; the tree is the same either way, so the map is not drawn again from scratch
 * (nor its zoom or playback lost) when the core arrives.
 */
export function Dashboard({ map, core, mismatch }: DashboardProps) {
  const data = core?.data ?? null;
  const evidence = core?.evidence ?? null;
  const loaded = useMemo(() => (data === null || evidence === null ? null : { data, index: buildDataIndex(data), evidence }), [data, evidence]);
  // `turn`: the held-back views render one at a time, each after the one before is painted.
  const afterMap = (label: string, preload: () => Promise<unknown>, view: ReactNode, turn: number) =>
    loaded === null ? (
      <LoadingState label={`Loading ${label.toLowerCase()}…`} />
    ) : (
      <AfterMap label={label} preload={preload} turn={turn}>
        {view}
      </AfterMap>
    );
  return (
    <MapFileContext.Provider value={map}>
      <DataContext.Provider value={loaded}>
        <div className="app">
          {loaded !== null ? <AppHeader data={loaded.data} /> : map !== null && <HeaderWhileLoading map={map} />}
          {mismatch !== null && (
            <p className="app-notice" role="status">
              The map first drew from <code>{MAP_FILE}</code> of another pipeline run ({mismatch}); every view now shows <code>{CORE_FILE}</code>. Run{' '}
              <code>npm run preprocess</code> to write both again.
            </p>
          )}
          <main className="dashboard">
            <ViewRegion label={VIEW_REGION_LABEL.map} className="view-region--map">
              <MapViewWhenLoaded />
            </ViewRegion>
            <ViewRegion label={VIEW_REGION_LABEL.network} className="view-region--network">
              {afterMap(VIEW_REGION_LABEL.network, loadNetworkView, <NetworkView />, 0)}
            </ViewRegion>
            <ViewRegion label={VIEW_REGION_LABEL.timeline} className="view-region--timeline">
              {afterMap(VIEW_REGION_LABEL.timeline, loadTimelineView, <TimelineView />, 1)}
            </ViewRegion>
            <ViewRegion label={TABLE_REGION_LABEL} className="view-region--table">
              {afterMap(TABLE_REGION_LABEL, loadTableView, <TableView />, 2)}
            </ViewRegion>
            {loaded !== null && <PresentationStage />}
          </main>
        </div>
      </DataContext.Provider>
    </MapFileContext.Provider>
  );
}
