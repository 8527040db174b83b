// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataContext } from '../../state/data';
import { loadedData } from '../../../tests/fixtures/loadedData';
import { startColorThemeSync, useColorThemeStore } from '../../state/colorTheme';
import { selectViewState, useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { PresentationStage } from './PresentationStage';
import { startPresenting, stopPresenting } from './presenting';
import { makePresentFixture } from '../../../tests/fixtures/storyFixture';

function setReducedMotion(reduce: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

function renderStage() {
  const data = makePresentFixture();
  return render(
    <DataContext.Provider value={loadedData(data)}>
      <PresentationStage />
    </DataContext.Provider>,
  );
}

const store = () => useAtlasStore.getState();

let stopThemeSync: () => void = () => undefined;

beforeEach(() => {
  setReducedMotion(true);
  useColorThemeStore.setState({ chosen: 'dark', presenting: false });
  stopThemeSync = startColorThemeSync(document.documentElement, null);
  act(() => store().applyViewState(DEFAULT_VIEW_STATE));
});

afterEach(() => {
  stopThemeSync();
  delete document.documentElement.dataset.presenting;
  delete document.documentElement.dataset.theme;
});

describe('PresentationStage', () => {
  it('shows nothing until a step is presented', () => {
    const { container } = renderStage();
    expect(container).toBeEmptyDOMElement();
    expect(document.documentElement.dataset.presenting).toBeUndefined();
  });

  it('opens a link to a step: counter, title, caption filled from the data, projector layout', () => {
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 2, story: 'sco-enlargement' }));
    renderStage();
    expect(screen.getByRole('complementary', { name: 'Presentation' })).toBeInTheDocument();
    expect(screen.getByText(/2 \/ 10/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2001: the SCO is founded' })).toBeInTheDocument();
    expect(screen.getByText(/Uzbekistan joined as a founding member: 6 members at the end of 2001/)).toBeInTheDocument();
    expect(store().year).toBe(2001);
    expect(document.documentElement.dataset.presenting).toBe('true');
    expect(document.documentElement.dataset.theme).toBe('projector');
  });

  it('steps with the keys and a clicker, and leaves with Escape', async () => {
    const user = userEvent.setup();
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 1, story: 'sco-enlargement' }));
    renderStage();
    await user.keyboard('{PageDown}');
    expect(store().step).toBe(2);
    await user.keyboard('{ArrowRight}');
    expect(store().step).toBe(3);
    expect(store().year).toBe(2017);
    await user.keyboard(' ');
    expect(store().step).toBe(4);
    await user.keyboard('{PageUp}');
    expect(store().step).toBe(3);
    await user.keyboard('{End}');
    expect(store().step).toBe(10);
    expect(store().focus).toBe('network');
    await user.keyboard('{Home}');
    expect(store().step).toBe(1);
    expect(store().year).toBe(1996);
    await user.keyboard('{Escape}');
    expect(store().step).toBeNull();
    expect(screen.queryByRole('complementary', { name: 'Presentation' })).not.toBeInTheDocument();
    // The visitor's own theme comes back.
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('has named buttons for a mouse or a touch screen', async () => {
    const user = userEvent.setup();
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 1, story: 'sco-enlargement' }));
    renderStage();
    expect(screen.getByRole('button', { name: /previous step/i })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /next step/i }));
    expect(store().step).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(store().step).toBeNull();
  });

  it('animates the year through every year between two steps', async () => {
    setReducedMotion(false);
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 3, story: 'sco-enlargement' }));
    renderStage();
    expect(store().year).toBe(2017);
    const years: (number | null)[] = [];
    const stop = useAtlasStore.subscribe((s, previous) => {
      if (s.year !== previous.year) years.push(s.year);
    });
    act(() => store().setStep(4));
    await waitFor(() => expect(store().mapZoom).toEqual([60, 38, 1.3]), { timeout: 4000 });
    stop();
    expect(years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it('says so when a link asks for a story this browser does not have', () => {
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 1, story: 'someone-elses-story' }));
    renderStage();
    expect(screen.getByRole('heading', { name: 'Story not found' })).toBeInTheDocument();
    expect(screen.getByText(/someone-elses-story/)).toBeInTheDocument();
  });

  it('lists the countries a step is about and hands them, with their year, to the map through the store', () => {
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 3, story: 'sco-enlargement' }));
    renderStage();
    const marked = screen.getByRole('list', { name: 'Marked on the map' });
    expect(marked).toHaveTextContent('New members: India and Pakistan');
    expect(store().spotlight).toEqual({ year: 2017, countries: ['IND', 'PAK'] });
    act(() => store().setStep(6));
    expect(screen.getByRole('list', { name: 'Marked on the map' })).toHaveTextContent('New partner: Laos');
    expect(store().spotlight).toEqual({ year: 2025, countries: ['LAO'] });
    // A network step: the map is not on screen, so nothing is pointed at.
    act(() => store().setStep(10));
    expect(store().spotlight).toBeNull();
    act(() => stopPresenting());
    expect(store().spotlight).toBeNull();
  });

  it('holds the caption back until the map shows the step’s year, and says which year the map shows meanwhile', async () => {
    setReducedMotion(false);
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 2, story: 'sco-enlargement' }));
    renderStage();
    expect(screen.getByText(/Uzbekistan joined as a founding member/)).toBeInTheDocument();
    act(() => store().setStep(3));
    // The map is on its way from 2001: no "2017" figures over an earlier map.
    expect(store().year).not.toBe(2017);
    expect(screen.queryByText(/India and Pakistan became full members/)).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Marked on the map' })).not.toBeInTheDocument();
    expect(screen.getByText(/The map moves to 2017/)).toHaveTextContent(String(store().year));
    await waitFor(() => expect(screen.getByText(/India and Pakistan became full members/)).toBeInTheDocument(), { timeout: 5000 });
    expect(store().year).toBe(2017);
    expect(screen.queryByText(/The map moves to/)).not.toBeInTheDocument();
  });

  it('gives back the view the person had before presenting, not the story’s last filters', () => {
    const mine = { ...DEFAULT_VIEW_STATE, year: 2010, range: [2022, 2022] as [number, number], themes: ['security'], selectedCountry: 'KAZ' };
    act(() => store().applyViewState(mine));
    renderStage();
    act(() => void startPresenting('sco-enlargement', 8));
    expect(store().themes).toEqual(['enlargement']);
    act(() => store().setStep(9));
    expect(store().selectedExpert).toBe('rizat-tasym');
    act(() => stopPresenting());
    expect(selectViewState(store())).toEqual(mine);
  });

  it('leaves a presentation opened from a link at the default view', () => {
    act(() => store().applyViewState({ ...DEFAULT_VIEW_STATE, step: 9, story: 'sco-enlargement' }));
    renderStage();
    expect(store().selectedExpert).toBe('rizat-tasym');
    act(() => stopPresenting());
    expect(selectViewState(store())).toEqual(DEFAULT_VIEW_STATE);
  });
});
