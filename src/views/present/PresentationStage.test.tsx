// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataContext } from '../../state/data';
import { buildDataIndex } from '../../model/dataIndex';
import { startColorThemeSync, useColorThemeStore } from '../../state/colorTheme';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { PresentationStage } from './PresentationStage';
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
    <DataContext.Provider value={{ data, index: buildDataIndex(data) }}>
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
});
