/**
 * Bench page: the real NetworkView on a synthetic corpus (?nodes=5000&links=20000&seed=1), every node drawn, inside the
 * same DataContext the app provides, so what is measured is what visitors run. Built by
 * bench/network/vite.config.ts; never part of the app's build.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadedData } from '../../tests/fixtures/loadedData';
import { DataContext } from '../../src/state/data';
import { ViewRegion } from '../../src/components/ViewRegion';
import NetworkView from '../../src/views/network/NetworkView';
import { useAtlasStore } from '../../src/state/store';
import { syntheticScoData } from '../../tests/fixtures/syntheticScoData';

const params = new URLSearchParams(window.location.search);
const nodes = Number(params.get('nodes') ?? 5000);
const links = Number(params.get('links') ?? nodes * 4);
const seed = Number(params.get('seed') ?? 1);
// Every expert drawn ("All": the canvas and the worker), as the goal's 5,000 nodes mean; by default
// the view would draw only the most quoted experts and group the rest by country.
useAtlasStore.getState().setNetworkExperts('all');

performance.mark('bench-data-start');
const data = syntheticScoData({ nodes, links, seed });
const loaded = loadedData(data);
performance.mark('bench-data-end');

const root = document.getElementById('root');
if (root === null) throw new Error('bench page has no #root');
createRoot(root).render(
  <StrictMode>
    <DataContext.Provider value={loaded}>
      <main className="bench-frame">
        <ViewRegion label="Expert network" className="bench-frame__region">
          <NetworkView />
        </ViewRegion>
      </main>
    </DataContext.Provider>
  </StrictMode>,
);
