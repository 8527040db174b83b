// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataContext, MapFileContext } from '../../state/data';
import { mapFileOf } from '../../model/mapFile';
import { makeDataFiles } from '../../../tests/fixtures/scoData';
import { loadedData } from '../../../tests/fixtures/loadedData';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import type { ScoData } from '../../model/schema';
import MapView from './MapView';
import { worldShapesResource } from './worldShapesResource';

const data = makeScoFixture();

async function renderMap(shown: ScoData = data, from: 'core' | 'map file' = 'core') {
  // Async act: the view suspends on the outlines once (React's use()), and the retry must be flushed.
  let view!: ReturnType<typeof render>;
  const map = (
    <Suspense fallback={<p>loading</p>}>
      <MapView />
    </Suspense>
  );
  await act(async () => {
    view = render(
      from === 'core' ? (
        <DataContext.Provider value={loadedData(shown)}>{map}</DataContext.Provider>
      ) : (
        <MapFileContext.Provider value={mapFileOf(makeDataFiles(shown).core)}>{map}</MapFileContext.Provider>
      ),
    );
    await worldShapesResource();
  });
  // A plain selector: role queries walk the accessibility tree of 177 paths at every poll.
  await waitFor(() => expect(view.container.querySelector('[role="slider"]')).not.toBeNull(), { timeout: 20_000 });
  return view;
}

const shapeOf = (container: HTMLElement, iso3: string) => {
  const shape = container.querySelector(`path[data-iso3="${iso3}"]`);
  if (shape === null) throw new Error(`no shape for ${iso3}`);
  return shape;
};

describe('MapView', () => {
  // The outlines are a lazy chunk: load them once up front so no test waits on the first import.
  beforeAll(async () => {
    await worldShapesResource();
  }, 30_000);
  beforeEach(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2023 }));

  it('draws every outline, none of them focusable, and small states as markers', async () => {
    const { container } = await renderMap();
    expect(container.querySelectorAll('path[data-iso3]').length).toBe(174);
    expect(container.querySelectorAll('path[data-shape]').length).toBe(177);
    expect([...container.querySelectorAll('path[data-shape]')].every((p) => p.getAttribute('tabindex') === '-1')).toBe(true);
    expect([...container.querySelectorAll('g[data-iso3]')].map((m) => m.getAttribute('data-iso3'))).toEqual(['BHR', 'KWT', 'MDV', 'QAT']);
    expect(screen.getByRole('img', { name: /World map of SCO status\. In 2023 the SCO had 9 members/ })).toBeInTheDocument();
  });

  it('recolours Belarus from observer to member when the slider moves from 2023 to 2024', async () => {
    const { container } = await renderMap();
    expect(shapeOf(container, 'BLR')).toHaveClass('map-shape--observer');
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Year' }), { key: 'ArrowRight' });
    expect(useAtlasStore.getState().year).toBe(2024);
    expect(shapeOf(container, 'BLR')).toHaveClass('map-shape--member');
    expect(shapeOf(container, 'BEL')).toHaveClass('map-shape--none');
  });

  it('counts each class in the legend and dims the empty ones', async () => {
    await renderMap();
    const legend = screen.getByRole('list', { name: /^Legend: countries by status, 2023/ });
    const item = (label: string) => within(legend).getAllByRole('listitem').find((li) => within(li).queryByText(label, { exact: true }) !== null);
    expect(item('Member')).toHaveTextContent('Member9');
    expect(item('Dialogue partner')).toHaveTextContent('Dialogue partner14');
    // Nobody was a partner before Tianjin (2025): the class stays, with its zero.
    expect(item('Partner')).toHaveTextContent('Partner0');
    expect(item('Candidate named in articles')).toHaveTextContent('1');
  });

  it('opens the details of a clicked country, with its history, sources and experts', async () => {
    const { container } = await renderMap();
    fireEvent.click(shapeOf(container, 'KAZ'));
    expect(useAtlasStore.getState().selectedCountry).toBe('KAZ');
    const panel = await screen.findByRole('region', { name: 'Kazakhstan' });
    expect(within(panel).getByText(/Shanghai Five/, { selector: 'span' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('link', { name: /Publisher S5/ })[0]).toHaveAttribute('href', 'https://example.org/S5');
    expect(useAtlasStore.getState().mapZoom).not.toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Marat Terterov' }));
    expect(useAtlasStore.getState().selectedExpert).toBe('marat-terterov');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close Kazakhstan details' }));
    expect(useAtlasStore.getState().selectedCountry).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Find a country' })).toHaveFocus();
  });

  it('shows the candidacy sentence as evidence once its article is out', async () => {
    useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2024, selectedCountry: 'QAT' });
    await renderMap();
    const panel = screen.getByRole('region', { name: 'Qatar' });
    expect(within(panel).getByText('“Qatar is interested in full membership.”')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'SCO summit: experts share insights' })).toBeInTheDocument();
  });

  it('shows a tooltip with status, since when and related counts on hover', async () => {
    const { container } = await renderMap();
    fireEvent.pointerMove(shapeOf(container, 'KAZ'), { clientX: 100, clientY: 100 });
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Kazakhstan');
    expect(tooltip).toHaveTextContent('Member in 2023 · since 15 Jun 2001');
    expect(tooltip).toHaveTextContent('2 experts from it · 0 spoke about it · 1 article');
    expect(useAtlasStore.getState().hoveredCountry).toBe('KAZ');
  });

  it('lets a keyboard user find and select a country', async () => {
    const user = userEvent.setup();
    await renderMap();
    const finder = screen.getByRole('combobox', { name: 'Find a country' });
    await user.type(finder, 'belar');
    expect(screen.getByRole('option', { name: /Belarus/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Observer in 2023');
    await user.keyboard('{Enter}');
    expect(useAtlasStore.getState().selectedCountry).toBe('BLR');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Belarus' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(useAtlasStore.getState().selectedCountry).toBeNull();
    expect(finder).toHaveFocus();
  });

  it('plays the years on the map and hands the last one to the store when playback stops', async () => {
    useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2023 });
    const { container } = await renderMap();
    vi.useFakeTimers();
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      await act(async () => vi.advanceTimersByTimeAsync(900));
      // Playing is a preview: the map moves, the shared year (and so the URL history) waits.
      expect(screen.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '2024');
      expect(shapeOf(container, 'BLR')).toHaveClass('map-shape--member');
      expect(useAtlasStore.getState().year).toBe(2023);
      await act(async () => vi.advanceTimersByTimeAsync(900));
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      expect(useAtlasStore.getState().year).toBe(2025);
      expect(screen.getByRole('slider', { name: 'Year' })).toHaveAttribute('aria-valuenow', '2025');
    } finally {
      vi.useRealTimers();
    }
  });

  it('zooms to a country selected elsewhere, but keeps a framing that came with the selection', async () => {
    await renderMap();
    act(() => useAtlasStore.getState().selectCountry('IRN'));
    await waitFor(() => expect(useAtlasStore.getState().mapZoom).not.toBeNull());
    act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2023, selectedCountry: 'KAZ', mapZoom: [10, 20, 2] }));
    await act(async () => Promise.resolve());
    expect(useAtlasStore.getState().mapZoom).toEqual([10, 20, 2]);
  });

  it('draws the same map as the reviewed snapshot (fixture data, 2024, 960×540)', async () => {
    useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2024 });
    await renderMap();
    const svg = screen.getByRole('img', { name: /^World map of SCO status/ });
    // The light theme's colours inlined, so the file opens as a picture in any viewer.
    const style = `<style>${[
      '.map-shape{fill:#d9dee5;stroke:#fff;stroke-width:.6px}',
      '.map-shape--member{fill:#0072b2}.map-shape--partner{fill:#009e73}.map-shape--observer{fill:#e69f00}',
      '.map-shape--dialogue-partner{fill:#56b4e9}.map-shape--applicant{fill:#cc79a7}',
      '.map-candidate{stroke:#d55e00;stroke-width:1.6px}.map-candidate__stripe{stroke:#d55e00}',
      '.map-marker__hit{fill:none}.map-marker__candidate{fill:none;stroke:#d55e00;stroke-width:2.5px}',
      '.map-marker__leader{stroke:#4d5868}.rsm-svg{background:#eaf1f8}',
      '.map-label{font-family:sans-serif;fill:#17202e;stroke:#fff;stroke-width:3.5px;stroke-linejoin:round;paint-order:stroke fill}',
    ].join('')}</style>`;
    const markup = svg.outerHTML.replace(/^<svg([^>]*)>/, `<svg xmlns="http://www.w3.org/2000/svg"$1>${style}`);
    await expect(markup).toMatchFileSnapshot('__snapshots__/map-2024.svg');
  });

  it('resets the zoom', async () => {
    useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, mapZoom: [60, 45, 3] });
    await renderMap();
    fireEvent.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(useAtlasStore.getState().mapZoom).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset view' })).toBeDisabled();
  });

  it('tells screen readers the year in a sentence (the country table reads the map as rows)', async () => {
    await renderMap();
    expect(screen.getByText('In 2023 the SCO had 9 members, 3 observers, 14 dialogue partners and 2 applicants; 1 country was named as a candidate in the articles.')).toBeInTheDocument();
  });

  describe('what the sources support', () => {
    /** Syria's application resting on a weak source only (S16 is weak in the fixture). */
    const weakSyria: ScoData = {
      ...data,
      countries: data.countries.map((c) => (c.iso3 === 'SYR' ? { ...c, statuses: [{ status: 'applicant', appliedFor: 'observer', from: '2015-02', sources: ['S16'] }] } : c)),
    };

    it('draws a status only weak sources support with a dashed outline, says "unverified", and explains it in the legend', async () => {
      const { container } = await renderMap(weakSyria);
      expect(container.querySelector('[data-unverified="SYR"]')).not.toBeNull();
      expect(container.querySelector('[data-unverified="BGD"]')).toBeNull();
      expect(screen.getByText(/Dashed outline: unverified, weak sources only \(1\)/)).toBeInTheDocument();
      fireEvent.pointerMove(shapeOf(container, 'SYR'), { clientX: 100, clientY: 100 });
      expect(await screen.findByRole('tooltip')).toHaveTextContent('Applicant for observer status in 2023 · since Feb 2015 · unverified');
      fireEvent.click(shapeOf(container, 'SYR'));
      const panel = await screen.findByRole('region', { name: 'Syria' });
      expect(panel).toHaveTextContent(/Applicant for observer status in 2023, since Feb 2015 \(unverified: only weak sources/);
      expect(within(panel).getByText(/weak source: one expert’s account/)).toBeInTheDocument();
    });

    it('draws no dashed outline where a sound source supports the status', async () => {
      const { container } = await renderMap();
      expect(container.querySelector('[data-unverified]')).toBeNull();
      expect(screen.queryByText(/Dashed outline/)).toBeNull();
    });

    it('says what an applicant applied for and never calls it "no status" in the same breath', async () => {
      const { container } = await renderMap();
      for (const iso3 of ['SYR', 'BGD']) {
        fireEvent.pointerMove(shapeOf(container, iso3), { clientX: 100, clientY: 100 });
        const tooltip = await screen.findByRole('tooltip');
        await waitFor(() => expect(tooltip).toHaveTextContent(/Applicant for observer status in 2023 · since/));
        expect(tooltip).not.toHaveTextContent(/no status/i);
      }
    });

    it('lists an application open beside a stronger status, and marks an unverified one', async () => {
      useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2010, selectedCountry: 'IRN' });
      await renderMap();
      const panel = screen.getByRole('region', { name: 'Iran' });
      expect(panel).toHaveTextContent('Observer in 2010, since Jul 2005');
      expect(panel).toHaveTextContent('Applied for membership, 2008 (unverified)');
      expect(panel).toHaveTextContent(/Applicant for membership\s*2008 – Feb 2015\s*\(unverified\)/);
    });

    it('names the sources in notes instead of showing their ids', async () => {
      useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2010, selectedCountry: 'PAK' });
      await renderMap();
      const panel = screen.getByRole('region', { name: 'Pakistan' });
      expect(panel).toHaveTextContent('Application year conflicts: 2006 (Publisher S13), 2010 (Publisher S14), 2014 (Publisher S9)');
      expect(panel.textContent).not.toMatch(/\(S\d+[a-z]?[),]/);
      expect(within(panel).getAllByRole('link', { name: 'Publisher S13' })[0]).toHaveAttribute('href', 'https://example.org/S13');
    });
  });

  it('draws the same map from the map file alone, and says the details are loading until the core is in', async () => {
    const drawn = (container: HTMLElement) => ({
      classes: [...container.querySelectorAll('path[data-iso3]')].map((p) => `${p.getAttribute('data-iso3')} ${p.getAttribute('class')}`),
      label: container.querySelector('[role="img"]')?.getAttribute('aria-label'),
      legend: container.querySelector('.legend')?.textContent,
      // The slider's marks say what happened in their year ("2024: 1 article").
      marks: [...container.querySelectorAll('[title]')].map((m) => m.getAttribute('title')),
    });
    const withCore = await renderMap();
    const fromCore = drawn(withCore.container);
    withCore.unmount();
    expect(fromCore.marks).toContain('2024: 1 article');
    const view = await renderMap(data, 'map file');
    expect(drawn(view.container)).toEqual(fromCore);
    fireEvent.click(shapeOf(view.container, 'BLR'));
    expect(await screen.findByText('Loading the details of Belarus…')).toBeInTheDocument();
  });
});
