// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { DataContext } from '../../state/data';
import { loadedData } from '../../../tests/fixtures/loadedData';
import type { ScoData } from '../../model/schema';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import TimelineView from './TimelineView';
import { makeTimelineData } from '../../../tests/fixtures/timelineFixture';

function renderTimeline(data: ScoData = makeTimelineData()) {
  return render(
    <DataContext.Provider value={loadedData(data)}>
      <Suspense>
        <TimelineView />
      </Suspense>
    </DataContext.Provider>,
  );
}

beforeEach(() => {
  act(() => useAtlasStore.getState().applyViewState(DEFAULT_VIEW_STATE));
});

describe('TimelineView', () => {
  it('frames the article years with their summits and says which years have no articles', () => {
    renderTimeline();
    const chart = screen.getByRole('group', { name: 'Theme weight by year' });
    expect(chart).toHaveAccessibleDescription(/^Years 2020 to 2025\. Articles in 2022 and 2024; none in 2020, 2021, 2023 and 2025\./);
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(2020);
    expect(screen.getByRole('spinbutton', { name: 'To year' })).toHaveValue(2025);
    expect(screen.getByRole('button', { name: /^2022: SCO heads-of-state summit, Samarkand/ })).toBeInTheDocument();
  });

  it('names the years its fields show, with no range chosen: the words agree with the fields', () => {
    renderTimeline();
    expect(screen.getByText('All of 2020–2025')).toBeInTheDocument();
    expect(screen.queryByText('All years')).not.toBeInTheDocument();
  });

  it('toggles the theme filter from the row labels, several at a time', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const security = screen.getByRole('button', { name: 'Security' });
    expect(security).toHaveAttribute('aria-pressed', 'false');
    await user.click(security);
    await user.click(screen.getByRole('button', { name: 'Economy and trade' }));
    expect(security).toHaveAttribute('aria-pressed', 'true');
    expect(useAtlasStore.getState().themes).toEqual(['security', 'economy']);
    await user.click(security);
    expect(useAtlasStore.getState().themes).toEqual(['economy']);
  });

  it('sets the range from the keyboard and clears it', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const from = screen.getByRole('spinbutton', { name: 'From year' });
    const to = screen.getByRole('spinbutton', { name: 'To year' });
    expect(from).toHaveValue(2020);
    expect(to).toHaveValue(2025);
    await user.clear(from);
    await user.type(from, '2022');
    expect(useAtlasStore.getState().range).toEqual([2022, 2025]);
    await user.clear(to);
    await user.type(to, '2023');
    expect(useAtlasStore.getState().range).toEqual([2022, 2023]);
    expect(useAtlasStore.getState().year).toBe(2023);
    await user.click(screen.getByRole('button', { name: 'Clear year range' }));
    expect(useAtlasStore.getState().range).toBeNull();
    expect(from).toHaveValue(2020);
  });

  it('follows a range set elsewhere (URL, story)', () => {
    renderTimeline();
    act(() => useAtlasStore.getState().setRange([2021, 2022]));
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(2021);
    expect(screen.getByRole('spinbutton', { name: 'To year' })).toHaveValue(2022);
    expect(screen.getByText('2021–2022')).toBeInTheDocument();
  });

  it('lists the quotes behind a mark, with expert and article, and closes with Escape', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const mark = screen.getByRole('button', { name: /^Economy and trade, 2024: 75% of the year's theme talk, 2 quotes, in 1 of 1 article/ });
    await user.click(mark);
    const panel = screen.getByRole('region', { name: 'Quotes on Economy and trade in 2024' });
    const items = within(panel).getAllByRole('listitem').filter((li) => li.classList.contains('quote-list__item'));
    expect(items.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([
      '“Cooperation in digital transformation pays off for trade.”',
      '“The SCO promotes trade and investment.”',
    ]);
    expect(within(panel).getByRole('button', { name: 'Olzhas Beisenbayev' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('link', { name: 'Astana summit views' })[0]).toHaveAttribute('href', 'https://example.org/a3');
    expect(within(panel).getByRole('heading', { name: 'Quotes on Economy and trade in 2024' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Quotes on/ })).toBeNull();
  });

  it('opens a mark from the keyboard and selects the expert from the quote list', async () => {
    const user = userEvent.setup();
    renderTimeline();
    screen.getByRole('button', { name: /^Security, 2022/ }).focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: 'Quotes on Security in 2022' });
    await user.click(within(panel).getByRole('button', { name: 'Oleg Ivanov' }));
    expect(useAtlasStore.getState().selectedExpert).toBe('oleg-ivanov');
  });

  it('is one tab stop; arrow keys move between the marks', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const marks = screen.getAllByRole('button', { name: /, 20\d\d: / });
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    screen.getByRole('button', { name: /^Security, 2022/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^Security, 2024/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /^Economy and trade, 2024/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Economy and trade, 2024/ })).toHaveAttribute('tabindex', '0');
  });

  it('rings the marks that involve the selected expert or country, and says so in their names and the legend', () => {
    renderTimeline();
    const ringed = () => screen.queryAllByRole('button', { name: /; ringed: involves / }).map((m) => m.getAttribute('aria-label')?.split(':')[0]);
    act(() => useAtlasStore.getState().selectExpert('aladin-mustafayev'));
    expect(ringed().sort()).toEqual(['Economy and trade, 2022', 'Economy and trade, 2024']);
    expect(screen.getByRole('button', { name: /^Economy and trade, 2024: .*; ringed: involves Aladin Mustafayev$/ })).toBeInTheDocument();
    expect(screen.getByText('Ringed: involves Aladin Mustafayev (2 marks)')).toBeInTheDocument();
    act(() => useAtlasStore.getState().selectExpert(null));
    act(() => useAtlasStore.getState().selectCountry('RUS'));
    expect(ringed()).toEqual(['Security, 2022']);
    expect(screen.getByText(/^Ringed: involves (Russia|RUS) \(1 mark\)$/)).toBeInTheDocument();
  });

  it('says when no mark involves the selection instead of promising rings', () => {
    renderTimeline();
    act(() => useAtlasStore.getState().selectCountry('CHN'));
    expect(screen.queryAllByRole('button', { name: /; ringed: / })).toEqual([]);
    expect(screen.getByText(/^No mark involves (China|CHN)$/)).toBeInTheDocument();
    expect(screen.queryByText(/^Ringed:/)).not.toBeInTheDocument();
  });

  it('shows a summit’s date and source', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: /^2022: SCO heads-of-state summit/ }));
    const panel = screen.getByRole('region', { name: '2022 summit: Samarkand, UZB' });
    expect(within(panel).getByText('15 September 2022')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Annual Shanghai Cooperation Organization Convenes' })).toHaveAttribute(
      'href',
      'https://www.voanews.com/amp/annual-shanghai-cooperation-organization-convenes-/6748321.html',
    );
  });

  it('moves along the summits with the arrow keys', async () => {
    const user = userEvent.setup();
    renderTimeline();
    const samarkand = screen.getByRole('button', { name: /^2022: SCO heads-of-state summit/ });
    expect(samarkand).toHaveAttribute('tabindex', '0');
    samarkand.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^2024: SCO heads-of-state summit, Astana/ })).toHaveFocus();
  });

  it('can show the whole SCO history since 1996', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(screen.getByRole('button', { name: 'SCO history since 1996' }));
    expect(screen.getByRole('group', { name: 'Theme weight by year' })).toHaveAccessibleDescription(/^Years 1996 to 2025\. Articles in 2022 and 2024; none in the other years\./);
    expect(screen.getByRole('spinbutton', { name: 'From year' })).toHaveValue(1996);
    expect(screen.getByText('All of 1996–2025')).toBeInTheDocument();
  });

  it('says so when there are no articles yet', () => {
    renderTimeline(makeTimelineData({ articles: [], themeWeights: [], experts: [], links: [] }));
    expect(screen.getByText(/No articles yet/)).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /^Security, / })).toEqual([]);
  });
});
