// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeScoFixture } from '../../../tests/fixtures/membershipFixture';
import { statusChanges } from '../../model/statusChanges';
import { YearChanges } from './YearChanges';

const data = makeScoFixture();
const AS_OF = '2026-11-23';

function renderYear(year: number, startOpen = true) {
  const onSelectCountry = vi.fn();
  const onHoverCountry = vi.fn();
  const view = render(<YearChanges year={year} changes={statusChanges(data, year, AS_OF)} onSelectCountry={onSelectCountry} onHoverCountry={onHoverCountry} startOpen={startOpen} />);
  return { ...view, onSelectCountry, onHoverCountry };
}

describe('YearChanges', () => {
  it('lists Belarus joining in 2024 with its source by name and link', () => {
    renderYear(2024);
    const list = screen.getByRole('region', { name: 'What changed in 2024' });
    expect(within(list).getByText('1 change')).toBeInTheDocument();
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Became a member 4 Jul 2024: Belarus (source: Publisher S22)');
    expect(within(item).getByRole('link', { name: 'Publisher S22' })).toHaveAttribute('href', 'https://example.org/S22');
    expect(item.textContent).not.toMatch(/\bS22\b(?! *\))/);
  });

  it('says "unverified" beside a change only weak sources report, and flags the weak source', () => {
    renderYear(2008);
    const item = within(screen.getByRole('region', { name: 'What changed in 2008' })).getByRole('listitem');
    expect(item).toHaveTextContent('Applied 2008: Iran unverified (source: Publisher S16, weak source)');
    renderYear(2024);
    expect(within(screen.getByRole('region', { name: 'What changed in 2024' })).getByRole('listitem')).not.toHaveTextContent(/unverified|weak/);
  });

  it('groups Tianjin’s new partners in one line, with each kind of change apart', () => {
    renderYear(2025);
    const items = within(screen.getByRole('region', { name: 'What changed in 2025' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Applied', 'Became partners']);
    const partners = items[1]!;
    expect(within(partners).getAllByRole('button')).toHaveLength(17);
    expect(within(partners).getAllByRole('link').map((l) => l.textContent)).toEqual(['Publisher S1', 'Publisher S2', 'Publisher S3', 'Publisher S4']);

    renderYear(2022);
    const kinds = within(screen.getByRole('region', { name: 'What changed in 2022' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(kinds[0]).toBe('Applied');
    expect(new Set(kinds.slice(1))).toEqual(new Set(['Became dialogue partners']));
  });

  it('picks a country on the map from its name, and previews it on hover', async () => {
    const user = userEvent.setup();
    const { onSelectCountry, onHoverCountry } = renderYear(2017);
    await user.hover(screen.getByRole('button', { name: 'India' }));
    expect(onHoverCountry).toHaveBeenLastCalledWith('IND');
    await user.click(screen.getByRole('button', { name: 'Pakistan' }));
    expect(onSelectCountry).toHaveBeenCalledWith('PAK');
  });

  it('starts collapsed to its count on a phone, and opens on demand', async () => {
    const user = userEvent.setup();
    renderYear(2017, false);
    expect(screen.queryByRole('button', { name: 'India' })).not.toBeVisible();
    await user.click(screen.getByText('2 changes'));
    expect(screen.getByRole('button', { name: 'India' })).toBeVisible();
  });

  it('says so when nothing changed', () => {
    renderYear(2013);
    expect(screen.getByRole('region', { name: 'What changed in 2013' })).toHaveTextContent('No SCO status changed.');
  });
});
