// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore } from './store';
import { startUrlSync } from './urlSync';
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

  it('writes store changes to the query string', () => {
    stop = startUrlSync(window);
    useAtlasStore.getState().setYear(2024);
    expect(window.location.search).toBe('?year=2024&country=IND');
    useAtlasStore.getState().selectCountry(null);
    expect(window.location.search).toBe('?year=2024');
  });

  it('follows back and forward', () => {
    stop = startUrlSync(window);
    window.history.pushState(null, '', '/?year=2005');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useAtlasStore.getState().year).toBe(2005);
    expect(useAtlasStore.getState().selectedCountry).toBeNull();
  });

  it('does not write to the URL after it is stopped', () => {
    stop = startUrlSync(window);
    stop();
    useAtlasStore.getState().setYear(1999);
    expect(window.location.search).toBe('?year=2017&country=IND');
  });
});
