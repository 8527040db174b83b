// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from './store';
import { currentViewUrl, startUrlSync } from './urlSync';
import { DEFAULT_VIEW_STATE } from './viewState';

describe('URL sync', () => {
  let stop: () => void = () => undefined;

  beforeEach(() => {
    useAtlasStore.getState().applyViewState(DEFAULT_VIEW_STATE);
    window.history.replaceState(null, '', '/?year=2017&country=IND');
  });
  afterEach(() => stop());

  it('restores the store from the link it was opened with', () => {
    stop = startUrlSync(window);
    expect(useAtlasStore.getState().year).toBe(2017);
    expect(useAtlasStore.getState().selectedCountry).toBe('IND');
  });

  it('writes store changes to the query string, after the frame that shows them', async () => {
    stop = startUrlSync(window);
    useAtlasStore.getState().setYear(2024);
    expect(window.location.search).toBe('?year=2017&country=IND');
    await vi.waitFor(() => expect(window.location.search).toBe('?year=2024&country=IND'));
    useAtlasStore.getState().selectCountry(null);
    await vi.waitFor(() => expect(window.location.search).toBe('?year=2024'));
  });

  it('makes one history entry of changes that come before one frame', async () => {
    stop = startUrlSync(window);
    const entries = window.history.length;
    useAtlasStore.getState().setYear(2020);
    useAtlasStore.getState().setYear(2021);
    useAtlasStore.getState().setYear(2022);
    await vi.waitFor(() => expect(window.location.search).toBe('?year=2022&country=IND'));
    expect(window.history.length).toBe(entries + 1);
  });

  it('leaves the address back or forward chose, even with a write still waiting', async () => {
    stop = startUrlSync(window);
    useAtlasStore.getState().setYear(2024);
    window.history.pushState(null, '', '/?year=2005');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.search).toBe('?year=2005');
    expect(useAtlasStore.getState().year).toBe(2005);
  });

  it('follows back and forward', () => {
    stop = startUrlSync(window);
    window.history.pushState(null, '', '/?year=2005');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAtlasStore.getState().year).toBe(2005);
    expect(useAtlasStore.getState().selectedCountry).toBeNull();
  });

  it('does not write to the URL after it is stopped, not even a write that was waiting', async () => {
    stop = startUrlSync(window);
    useAtlasStore.getState().setYear(1998);
    stop();
    useAtlasStore.getState().setYear(1999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.search).toBe('?year=2017&country=IND');
  });

  it('gives the link to the view on screen while the address still trails it, and brings the address up to date', () => {
    stop = startUrlSync(window);
    useAtlasStore.getState().setYear(2024);
    expect(window.location.search).toBe('?year=2017&country=IND');
    expect(currentViewUrl(window)).toBe(`${window.location.origin}/?year=2024&country=IND`);
    expect(window.location.search).toBe('?year=2024&country=IND');
  });

  it('builds the link from the store when no sync runs', () => {
    useAtlasStore.getState().setYear(2003);
    expect(currentViewUrl(window)).toBe(`${window.location.origin}/?year=2003`);
    expect(window.location.search).toBe('?year=2017&country=IND');
  });
});
