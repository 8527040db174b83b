import { beforeEach, describe, expect, it } from 'vitest';
import { selectViewState, useAtlasStore } from './store';
import { DEFAULT_VIEW_STATE } from './viewState';

describe('atlas store', () => {
  beforeEach(() => useAtlasStore.getState().applyViewState(DEFAULT_VIEW_STATE));

  it('moves the map to the end of a range when the range is set', () => {
    useAtlasStore.getState().setYear(2001);
    useAtlasStore.getState().setRange([2017, 2022]);
    expect(useAtlasStore.getState().year).toBe(2022);
    useAtlasStore.getState().setRange(null);
    expect(useAtlasStore.getState().range).toBeNull();
    expect(useAtlasStore.getState().year).toBe(2022);
  });

  it('toggles themes on and off', () => {
    const { toggleTheme } = useAtlasStore.getState();
    toggleTheme('security');
    toggleTheme('economy');
    toggleTheme('security');
    expect(useAtlasStore.getState().themes).toEqual(['economy']);
  });

  it('clears filters but keeps the year', () => {
    const s = useAtlasStore.getState();
    s.setYear(2024);
    s.setRange([2020, 2023]);
    s.selectCountry('BLR');
    s.setThemes(['security', 'security']);
    expect(useAtlasStore.getState().themes).toEqual(['security']);
    useAtlasStore.getState().clearFilters();
    expect(selectViewState(useAtlasStore.getState())).toEqual({ ...DEFAULT_VIEW_STATE, year: 2023 });
  });

  it('keeps the spotlight out of the shareable view state; no countries is no spotlight', () => {
    useAtlasStore.getState().setSpotlight({ year: 2017, countries: ['IND', 'PAK'] });
    expect(useAtlasStore.getState().spotlight).toEqual({ year: 2017, countries: ['IND', 'PAK'] });
    expect(selectViewState(useAtlasStore.getState())).not.toHaveProperty('spotlight');
    useAtlasStore.getState().setSpotlight({ year: 2020, countries: [] });
    expect(useAtlasStore.getState().spotlight).toBeNull();
  });
});
