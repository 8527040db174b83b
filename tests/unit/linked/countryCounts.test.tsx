// @vitest-environment jsdom
/**
 * The map's details panel, the network and the table give the same counts for the same country
 * filter: all three read src/model/countryRelations.ts. Rendered together, as on the page.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataContext } from '../../../src/state/data';
import { buildDataIndex } from '../../../src/model/dataIndex';
import { useAtlasStore } from '../../../src/state/store';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import MapView from '../../../src/views/map/MapView';
import NetworkView from '../../../src/views/network/NetworkView';
import TableView from '../../../src/views/table/TableView';
import { worldShapesResource } from '../../../src/views/map/worldShapesResource';
import { makeNetworkData } from '../../fixtures/networkFixture';

const data = makeNetworkData();

async function renderViews() {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(
      <DataContext.Provider value={{ data, index: buildDataIndex(data) }}>
        <Suspense fallback={<p>loading</p>}>
          <section aria-label="Membership map">
            <MapView />
          </section>
          <section aria-label="Expert network">
            <NetworkView />
          </section>
          <section aria-label="Country table">
            <TableView />
          </section>
        </Suspense>
      </DataContext.Provider>,
    );
    await worldShapesResource();
  });
  await waitFor(() => expect(view.container.querySelector('[role="slider"]')).not.toBeNull(), { timeout: 20_000 });
  return view;
}

/** The two counts a heading like "Experts from Kazakhstan (6)" states. */
function detailsCounts(name: string) {
  const panel = screen.getByRole('region', { name });
  const count = (heading: RegExp) => Number(/\((\d+)\)$/.exec(within(panel).getByRole('heading', { name: heading }).textContent ?? '')?.[1]);
  return { from: count(/^Experts from /), about: count(/^Experts who spoke about /) };
}

function networkCounts() {
  const network = within(screen.getByRole('region', { name: 'Expert network' }));
  const meaning = network.getByText(/^Experts from .* in all\.$/).textContent ?? '';
  const [, from, about, all] = /\((\d+)\) and experts who spoke about it \((\d+)\): (\d+) in all/.exec(meaning) ?? [];
  // The drawing on screen (the exported figure's off-screen copy is hidden from assistive technology).
  const drawn = network.getByRole('img', { name: /^Network of/ }).querySelectorAll('[data-node-id][data-kind="expert"]').length;
  return { from: Number(from), about: Number(about), all: Number(all), drawn };
}

function tableCounts(name: string) {
  const row = within(screen.getByRole('table', { name: /^Countries by SCO status/ })).getByRole('rowheader', { name }).closest('tr');
  const cells = [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
  return { from: Number(cells[3]), about: Number(cells[4]) };
}

describe('country counts across the linked views', () => {
  beforeAll(async () => {
    await worldShapesResource();
  }, 30_000);
  beforeEach(() => act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE })));

  it.each([
    ['KAZ', 'Kazakhstan', { themes: [] as string[], range: null as [number, number] | null }],
    ['UZB', 'Uzbekistan', { themes: [], range: null }],
    ['BEL', 'Belgium', { themes: ['geopolitics'], range: null }],
    ['KAZ', 'Kazakhstan', { themes: [], range: [2022, 2022] as [number, number] }],
  ])('%s (%s) with %o: details, network and table agree', async (iso3, name, filters) => {
    await renderViews();
    act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, ...filters, selectedCountry: iso3 }));
    const details = detailsCounts(name);
    const network = networkCounts();
    expect(network).toMatchObject({ from: details.from, about: details.about });
    // The network draws exactly the experts its sentence counts (an expert in both groups, once).
    expect(network.drawn).toBe(network.all);
    expect(network.all).toBeGreaterThanOrEqual(Math.max(details.from, details.about));
    expect(tableCounts(name)).toEqual(details);
  });

  it('Kazakhstan: 6 experts from it and 1 who spoke about it, 7 drawn, not all 11', async () => {
    await renderViews();
    act(() => useAtlasStore.getState().selectCountry('KAZ'));
    expect(detailsCounts('Kazakhstan')).toEqual({ from: 6, about: 1 });
    expect(networkCounts()).toEqual({ from: 6, about: 1, all: 7, drawn: 7 });
  });
});
