// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataContext } from '../../state/data';
import { loadedData } from '../../../tests/fixtures/loadedData';
import type { ScoData } from '../../model/schema';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import NetworkView from './NetworkView';
import { makeNetworkData } from '../../../tests/fixtures/networkFixture';
import { syntheticScoData } from '../../../tests/fixtures/syntheticScoData';

function renderNetwork(data: ScoData = makeNetworkData()) {
  return render(
    <DataContext.Provider value={loadedData(data)}>
      <NetworkView />
    </DataContext.Provider>,
  );
}

/** The network drawn on screen (the exported figure's off-screen copy is hidden from assistive technology, so not found here). */
const drawing = () => screen.getByRole('img', { name: /^Network of/ });
const drawnNodes = (kind?: string) => [...drawing().querySelectorAll(`[data-node-id]${kind === undefined ? '' : `[data-kind="${kind}"]`}`)];

beforeEach(() => {
  act(() => {
    useAtlasStore.getState().applyViewState(DEFAULT_VIEW_STATE);
    useAtlasStore.getState().setHoveredExpert(null);
  });
});

describe('NetworkView', () => {
  it('draws every expert, theme and country, told apart by kind, with a legend', () => {
    renderNetwork();
    expect(screen.getByRole('heading', { name: 'Expert network', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Network of 11 experts, 9 themes and 6 countries/ })).toBeInTheDocument();
    expect(drawnNodes('expert')).toHaveLength(11);
    expect(drawnNodes('theme')).toHaveLength(9);
    expect(drawnNodes('country')).toHaveLength(6);
    const legend = screen.getByRole('list', { name: /legend/i });
    for (const kind of ['Expert', 'Theme', 'Country']) expect(within(legend).getByText(kind)).toBeInTheDocument();
  });

  it('lists every node as a button, grouped by kind', () => {
    renderNetwork();
    const experts = screen.getByRole('region', { name: 'Experts' });
    expect(within(experts).getAllByRole('button')).toHaveLength(11);
    // Each expert with the themes they spoke on most.
    expect(within(experts).getByRole('button', { name: 'Oleg Ivanov, Mostly Security; Expansion, 2 quotes' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Countries' })).getByRole('button', { name: 'Kazakhstan, 6 experts' })).toBeInTheDocument();
  });

  it('opens an expert from the list: details with every quote and its article, focus on the heading', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.click(screen.getByRole('button', { name: /^Oleg Ivanov/ }));
    expect(useAtlasStore.getState().selectedExpert).toBe('oleg-ivanov');
    const panel = screen.getByRole('complementary', { name: 'Oleg Ivanov' });
    expect(within(panel).getByRole('heading', { name: 'Oleg Ivanov' })).toHaveFocus();
    expect(within(panel).getByText('Diplomatic Academy')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Russia' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('blockquote')).toHaveLength(2);
    expect(within(panel).getAllByRole('link', { name: 'SCO a model of successful regional cooperation' })).toHaveLength(2);
    expect(within(panel).getByText('Expansion')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close details of Oleg Ivanov' }));
    expect(useAtlasStore.getState().selectedExpert).toBeNull();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Oleg Ivanov/ })).toHaveFocus();
  });

  it('closes the details with Escape', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.click(screen.getByRole('button', { name: /^Rizat Tasym/ }));
    await user.keyboard('{Escape}');
    expect(useAtlasStore.getState().selectedExpert).toBeNull();
    expect(screen.getByRole('button', { name: /^Rizat Tasym/ })).toHaveFocus();
  });

  it('draws the same SVG for the same data (snapshot for visual review)', () => {
    renderNetwork();
    expect(screen.getByRole('img', { name: /^Network of \d+ experts/ }).outerHTML).toMatchSnapshot();
  });

  it('shows the details of an expert chosen in another view, without taking the focus', () => {
    renderNetwork();
    act(() => useAtlasStore.getState().selectExpert('marat-terterov'));
    const panel = screen.getByRole('complementary', { name: 'Marat Terterov' });
    expect(within(panel).getByRole('heading', { name: 'Marat Terterov' })).not.toHaveFocus();
  });

  it('finds an expert by name and selects the first match on Enter', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.type(screen.getByRole('searchbox', { name: 'Find an expert' }), 'tolip');
    expect(within(screen.getByRole('region', { name: 'Experts' })).getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringContaining('Farkhod Tolipov')]);
    expect(screen.queryByRole('region', { name: 'Themes' })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(useAtlasStore.getState().selectedExpert).toBe('farkhod-tolipov');
    expect(screen.getByRole('complementary', { name: 'Farkhod Tolipov' })).toBeInTheDocument();
  });

  it('highlights a node’s neighbours and dims the rest while its list entry is hovered', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.hover(screen.getByRole('button', { name: /^Digital cooperation/ }));
    const state = (id: string) => drawing().querySelector(`[data-node-id="${id}"]`)?.getAttribute('data-state');
    expect(state('theme:digital')).toBe('highlighted');
    expect(state('expert:olzhas-beisenbayev')).toBe('highlighted');
    expect(state('expert:oleg-ivanov')).toBe('dimmed');
    await user.unhover(screen.getByRole('button', { name: /^Digital cooperation/ }));
    expect(state('expert:oleg-ivanov')).toBe('normal');
  });

  it('follows an expert hovered in another view', () => {
    renderNetwork();
    act(() => useAtlasStore.getState().setHoveredExpert('rizat-tasym'));
    expect(drawing().querySelector('[data-node-id="expert:rizat-tasym"]')).toHaveAttribute('data-state', 'highlighted');
    expect(drawing().querySelector('[data-node-id="theme:belt-and-road"]')).toHaveAttribute('data-state', 'dimmed');
  });

  it('narrows to a theme chosen in the list, and lets the filter be removed', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.click(screen.getByRole('button', { name: /^Security,/ }));
    expect(useAtlasStore.getState().themes).toEqual(['security']);
    expect(drawnNodes('expert').map((n) => n.getAttribute('data-node-id')).sort()).toEqual(['expert:farkhod-tolipov', 'expert:ilqar-velizade', 'expert:oleg-ivanov']);
    expect(drawnNodes('theme')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Remove theme filter Security' }));
    expect(useAtlasStore.getState().themes).toEqual([]);
    expect(drawnNodes('expert')).toHaveLength(11);
  });

  it('narrows to a country, and toggles it off again', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.click(screen.getByRole('button', { name: /^Belgium,/ }));
    expect(useAtlasStore.getState().selectedCountry).toBe('BEL');
    // Marat Terterov is the one expert from Belgium; his fellow panellists are not kept.
    expect(drawnNodes('expert').map((n) => n.getAttribute('data-node-id'))).toEqual(['expert:marat-terterov']);
    await user.click(screen.getByRole('button', { name: /^Belgium,/ }));
    expect(useAtlasStore.getState().selectedCountry).toBeNull();
  });

  it('keeps the experts who spoke about a country and says what the filter means', () => {
    renderNetwork();
    act(() => useAtlasStore.getState().selectCountry('LAO'));
    // Nobody is from Laos; Rizat Tasym named it in a quote.
    expect(drawnNodes('expert').map((n) => n.getAttribute('data-node-id'))).toEqual(['expert:rizat-tasym']);
    expect(screen.getByRole('group', { name: 'Filters on the network' })).toHaveTextContent('Experts from LAO (0) and experts who spoke about it (1): 1 in all.');
    act(() => useAtlasStore.getState().selectCountry('KAZ'));
    expect(drawnNodes('expert')).toHaveLength(7);
    expect(screen.getByRole('group', { name: 'Filters on the network' })).toHaveTextContent('Experts from Kazakhstan (6) and experts who spoke about it (1): 7 in all.');
  });

  it('drops the experts of articles outside the year range', () => {
    renderNetwork();
    act(() => useAtlasStore.getState().setRange([2024, 2024]));
    const experts = drawnNodes('expert').map((n) => n.getAttribute('data-node-id'));
    expect(experts).toHaveLength(7);
    expect(experts).not.toContain('expert:oleg-ivanov');
  });

  it('keeps every node where it was when a filter changes (one layout for all years)', () => {
    renderNetwork();
    const before = drawing().querySelector('[data-node-id="expert:marat-terterov"]');
    const at = (range: [number, number] | null) => {
      act(() => useAtlasStore.getState().setRange(range));
      return drawing().querySelector('[data-node-id="expert:marat-terterov"]')?.getAttribute('transform');
    };
    expect(before).not.toBeNull();
    // The view is refitted, so compare the node's offset from another node that stays.
    const offset = () => {
      const get = (id: string) => (drawing().querySelector(`[data-node-id="${id}"]`)?.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number);
      const [ax, ay] = get('expert:marat-terterov');
      const [bx, by] = get('expert:rizat-tasym');
      return Math.atan2(by! - ay!, bx! - ax!);
    };
    const angleAll = offset();
    at([2024, 2024]);
    expect(offset()).toBeCloseTo(angleAll, 2);
  });

  it('says what the filters left out and clears them', async () => {
    const user = userEvent.setup();
    renderNetwork();
    act(() => {
      useAtlasStore.getState().setThemes(['digital']);
      useAtlasStore.getState().selectCountry('RUS');
      useAtlasStore.getState().setRange([2022, 2024]);
    });
    expect(screen.getByRole('status')).toHaveTextContent('No experts from or speaking about Russia spoke on Digital cooperation in 2022–2024.');
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Clear filters' }));
    expect(useAtlasStore.getState()).toMatchObject({ themes: [], selectedCountry: null, range: null });
  });

  it('says so when the data has no experts at all', () => {
    renderNetwork({ ...makeNetworkData(), experts: [], links: [] });
    expect(screen.getByRole('status')).toHaveTextContent(/No experts in the data yet/);
  });

  it('lights the selected expert’s themes, countries and co-speakers, and dims the rest', () => {
    renderNetwork();
    act(() => useAtlasStore.getState().selectExpert('rizat-tasym'));
    const state = (id: string) => drawing().querySelector(`[data-node-id="${id}"]`)?.getAttribute('data-state');
    expect(state('expert:rizat-tasym')).toBe('highlighted');
    const lit = [...drawing().querySelectorAll('[data-state="highlighted"]')].map((n) => n.getAttribute('data-node-id'));
    expect(lit.filter((id) => id?.startsWith('theme:')).length).toBeGreaterThan(0);
    expect(lit).toContain('country:KAZ');
    expect(state('theme:belt-and-road')).toBe('dimmed');
    act(() => useAtlasStore.getState().selectExpert(null));
    expect(state('theme:belt-and-road')).toBe('normal');
  });

  it('sets whole names in large type while presenting', () => {
    renderNetwork();
    const labelSizes = () => [...drawing().querySelectorAll<SVGTextElement>('text[data-label-for]')].map((t) => parseFloat(t.style.fontSize));
    expect(Math.max(...labelSizes())).toBe(13);
    act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, step: 10, story: 'sco-enlargement', focus: 'network' }));
    expect(Math.min(...labelSizes())).toBeGreaterThanOrEqual(18);
    const texts = [...drawing().querySelectorAll('text[data-label-for]')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.includes('…'))).toBe(false);
  });

  it('keeps an off-screen drawing for exported figures, every node named in full', () => {
    renderNetwork();
    const figure = document.querySelector('svg[data-figure-drawing]');
    expect(figure).not.toBeNull();
    const nodes = figure?.querySelectorAll('[data-node-id]').length ?? 0;
    const labels = [...(figure?.querySelectorAll('text[data-label-for]') ?? [])];
    expect(nodes).toBe(26);
    expect(labels.length).toBe(nodes);
    expect(labels.some((t) => (t.textContent ?? '').includes('…'))).toBe(false);
  });

  it('gives exported figures a drawing that says no experts match, when none does', () => {
    renderNetwork();
    act(() => useAtlasStore.getState().setThemes(['digital']));
    act(() => useAtlasStore.getState().selectCountry('RUS'));
    const figure = document.querySelector('svg[data-figure-drawing]');
    expect(figure?.textContent).toMatch(/^No experts match these filters\./);
  });

  describe('a corpus larger than the panel', () => {
    // 600 nodes: 570 experts, more than the 100 that fit jsdom's 640 × 480 drawing.
    const large = syntheticScoData({ nodes: 600, links: 2400, seed: 3 });
    const experts = large.experts.length;
    const shownLine = () => within(screen.getByRole('group', { name: 'Experts shown' })).getByText(/most quoted|^All/);

    it('draws the most quoted experts and groups the rest by country, and says so', () => {
      renderNetwork(large);
      expect(drawnNodes('expert')).toHaveLength(100);
      const groups = drawnNodes('group');
      expect(groups.length).toBeGreaterThan(0);
      expect(shownLine().textContent).toBe(`The 100 most quoted of ${experts} experts; +${experts - 100} more, grouped by country.`);
      // The drawn experts are the most quoted: nobody left out has more quotes than anyone drawn.
      const quotes = new Map(large.experts.map((e) => [`expert:${e.id}`, e.quotes.length]));
      const drawnIds = new Set(drawnNodes('expert').map((n) => n.getAttribute('data-node-id') ?? ''));
      const fewestDrawn = Math.min(...[...drawnIds].map((id) => quotes.get(id) ?? 0));
      const mostLeftOut = Math.max(...[...quotes].filter(([id]) => !drawnIds.has(id)).map(([, q]) => q));
      expect(mostLeftOut).toBeLessThanOrEqual(fewestDrawn);
      expect(within(screen.getByRole('list', { name: /legend/i })).getByText('More experts from the country')).toBeInTheDocument();
    });

    it('shows more, then all, then the panel’s own number again, through the store and the URL state', async () => {
      const user = userEvent.setup();
      renderNetwork(large);
      await user.click(screen.getByRole('button', { name: 'Show 400' }));
      expect(useAtlasStore.getState().networkExperts).toBe(400);
      expect(shownLine().textContent).toMatch(/^The 400 most quoted/);
      await user.click(screen.getByRole('button', { name: 'Show all' }));
      expect(useAtlasStore.getState().networkExperts).toBe('all');
      expect(shownLine().textContent).toBe(`All ${experts} experts.`);
      await user.click(screen.getByRole('button', { name: 'Top 100 only' }));
      expect(useAtlasStore.getState().networkExperts).toBeNull();
    });

    it('draws a selected expert from outside the most quoted too', () => {
      const leastQuoted = [...large.experts].sort((a, b) => a.quotes.length - b.quotes.length)[0];
      if (leastQuoted === undefined) throw new Error('no experts');
      act(() => useAtlasStore.getState().selectExpert(leastQuoted.id));
      renderNetwork(large);
      expect(drawnNodes('expert').map((n) => n.getAttribute('data-node-id'))).toContain(`expert:${leastQuoted.id}`);
      expect(drawnNodes('expert')).toHaveLength(101);
    });
  });
});
