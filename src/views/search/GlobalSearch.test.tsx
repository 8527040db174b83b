// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataContext } from '../../state/data';
import { loadedData } from '../../../tests/fixtures/loadedData';
import { useAtlasStore } from '../../state/store';
import { DEFAULT_VIEW_STATE } from '../../state/viewState';
import { makePresentFixture } from '../../../tests/fixtures/storyFixture';
import { GlobalSearch } from './GlobalSearch';

const data = makePresentFixture();

function renderSearch() {
  return render(
    <DataContext.Provider value={loadedData(data)}>
      <GlobalSearch />
      <button type="button">elsewhere</button>
    </DataContext.Provider>,
  );
}

const box = () => screen.getByRole('combobox', { name: /^Search experts, countries/ });

async function typeAndWait(text: string) {
  const user = userEvent.setup();
  await user.click(box());
  await user.keyboard(text);
  // The index loads as its own chunk on first use.
  await waitFor(() => expect(screen.getByRole('listbox', { name: 'Search results' }).querySelector('[role="option"]')).not.toBeNull(), { timeout: 10_000 });
  return user;
}

describe('GlobalSearch', () => {
  beforeEach(() => useAtlasStore.getState().applyViewState({ ...DEFAULT_VIEW_STATE }));

  it('finds a country, its mentions in quotes, and groups them with counts', async () => {
    renderSearch();
    await typeAndWait('belarus');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    const countries = within(list).getByRole('group', { name: /^Countries/ });
    expect(within(countries).getAllByRole('option')[0]).toHaveTextContent(/^Belarus/);
    const quotes = within(list).getByRole('group', { name: /^In quotes 1$/ });
    expect(within(quotes).getByRole('option')).toHaveTextContent('Rizat Tasym');
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    // The matched word is marked, as text.
    expect([...list.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Belarus');
    expect(list.querySelector('script, img')).toBeNull();
  });

  it('moves through the results with the arrow keys and jumps with Enter', async () => {
    renderSearch();
    const user = await typeAndWait('belarus');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(useAtlasStore.getState().selectedCountry).toBe('BLR');
    expect(box()).toHaveValue('');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the quote’s expert and adds a chosen theme to the filters', async () => {
    renderSearch();
    let user = await typeAndWait('security matters');
    const quote = within(screen.getByRole('group', { name: /^In quotes/ })).getAllByRole('option')[0];
    await user.pointer({ keys: '[MouseLeft]', target: quote! });
    expect(useAtlasStore.getState().selectedExpert).toBe('ilqar-velizade');

    user = await typeAndWait('enlargement');
    const theme = within(screen.getByRole('group', { name: /^Themes/ })).getAllByRole('option')[0];
    await user.pointer({ keys: '[MouseLeft]', target: theme! });
    expect(useAtlasStore.getState().themes).toEqual(['enlargement']);
  });

  it('opens an article in a new tab, never as anything but http(s)', async () => {
    renderSearch();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const user = await typeAndWait('astana times');
    const article = within(screen.getByRole('group', { name: /^Articles/ })).getAllByRole('option')[0];
    expect(article).toHaveTextContent('opens the article');
    await user.pointer({ keys: '[MouseLeft]', target: article! });
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/astanatimes\.com\//), '_blank', 'noopener,noreferrer');
    open.mockRestore();
  });

  it('says when nothing matches, and Escape closes the list, then clears the box', async () => {
    renderSearch();
    const user = userEvent.setup();
    await user.click(box());
    await user.keyboard('belarus');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0), { timeout: 10_000 });
    await user.keyboard('{Escape}');
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(box()).toHaveValue('');
    await user.keyboard('zzqxj');
    await waitFor(() => expect(screen.getByRole('listbox', { hidden: true })).toHaveTextContent('Nothing matches “zzqxj”.'));
  });

  it('takes the focus on “/” outside a text field, and on Ctrl+K anywhere', async () => {
    const user = userEvent.setup();
    renderSearch();
    const elsewhere = screen.getByRole('button', { name: 'elsewhere' });
    // jsdom has no layout: offsetParent is always null there, so give the box one.
    Object.defineProperty(box(), 'offsetParent', { configurable: true, get: () => document.body });
    elsewhere.focus();
    await user.keyboard('/');
    expect(box()).toHaveFocus();
    elsewhere.focus();
    await act(async () => {
      await user.keyboard('{Control>}k{/Control}');
    });
    expect(box()).toHaveFocus();
  });
});
