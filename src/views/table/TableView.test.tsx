// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataContext } from '../../state/data';
import { loadedData } from '../../../tests/fixtures/loadedData';
import type { ScoData } from '../../model/schema';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import TableView from './TableView';

const data = makeScoFixture();

function renderTable(shown: ScoData = data) {
  return render(
    <DataContext.Provider value={loadedData(shown)}>
      <TableView />
    </DataContext.Provider>,
  );
}

const table = () => screen.getByRole('table', { name: /^Countries by SCO status/ });
const rowNames = () => within(table()).getAllByRole('rowheader').map((cell) => cell.textContent);
const header = (name: RegExp) => within(table()).getByRole('columnheader', { name });

beforeEach(() => act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, year: 2023 })));
afterEach(() => vi.restoreAllMocks());

describe('TableView', () => {
  it('reads the map as rows a screen reader can walk: country, status, since, candidacy, experts, quotes', () => {
    renderTable();
    expect(table()).toHaveAccessibleName('Countries by SCO status at the end of 2023, with the experts and quotes that relate to each');
    expect(within(table()).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, ''))).toEqual([
      'Country',
      'Status',
      'Since',
      'Named as a candidate',
      'Experts from it',
      'Experts who spoke about it',
      'Quotes by its experts',
      'Quotes naming it',
    ]);
    const belarus = within(table()).getByRole('rowheader', { name: 'Belarus' }).closest('tr');
    expect(belarus).toHaveTextContent('BelarusObserverApplied for membership, Jul 2022Jul 2015—0000');
    expect(within(table()).getByRole('rowheader', { name: 'Syria' }).closest('tr')).toHaveTextContent('Applicant for observer status');
    expect(rowNames()).toHaveLength(data.countries.length);
  });

  it('sorts by a column from its header button, says so with aria-sort, and flips on a second click', async () => {
    const user = userEvent.setup();
    renderTable();
    expect(header(/^Status/)).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames().slice(0, 2)).toEqual(['China', 'India']);
    await user.click(within(header(/^Country/)).getByRole('button'));
    expect(header(/^Country/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/^Status/)).not.toHaveAttribute('aria-sort');
    expect(rowNames()[0]).toBe('Afghanistan');
    await user.click(within(header(/^Country/)).getByRole('button'));
    expect(header(/^Country/)).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe('Uzbekistan');
    await user.click(within(header(/^Experts from it/)).getByRole('button'));
    expect(header(/^Experts from it/)).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe('Kazakhstan');
  });

  it('follows the store: the year, the selected country, and a click on a country selects it', async () => {
    const user = userEvent.setup();
    renderTable();
    act(() => useAtlasStore.getState().setYear(2024));
    // The new year comes after the frame that shows it on the map, not in the same render.
    expect(table()).toHaveAccessibleName(/at the end of 2023/);
    await screen.findByRole('table', { name: /^Countries by SCO status at the end of 2024/ });
    expect(within(table()).getByRole('rowheader', { name: 'Belarus' }).closest('tr')).toHaveTextContent('BelarusMember4 Jul 2024');
    await user.click(screen.getByRole('button', { name: 'Qatar' }));
    expect(useAtlasStore.getState().selectedCountry).toBe('QAT');
    expect(rowNames()).toEqual(['Qatar']);
    expect(screen.getByText(/Showing Qatar only/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all countries' }));
    expect(useAtlasStore.getState().selectedCountry).toBeNull();
    expect(rowNames()).toHaveLength(data.countries.length);
  });

  it('says which years and themes the counts are from', () => {
    act(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE, range: [2022, 2024], themes: ['security'] }));
    renderTable();
    expect(screen.getByRole('heading', { name: 'Countries at the end of 2024' })).toBeInTheDocument();
    expect(screen.getByText('Experts and quotes in the articles in 2022–2024, on security.')).toBeInTheDocument();
  });

  it('downloads what it shows as CSV', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:table';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(blobs).toHaveLength(1);
    const lines = (await blobs[0]!.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^iso3,country,status,status_text,verified,status_since/);
    expect(lines).toHaveLength(data.countries.length + 1);
    expect(lines[1]).toMatch(/^CHN,China,member,/);
  });
});
