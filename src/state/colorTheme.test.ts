// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { initialColorTheme, startColorThemeSync, useColorThemeStore } from './colorTheme';

function memoryStorage() {
  const storage = new Map<string, string>();
  return { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  useColorThemeStore.setState({ chosen: 'light', presenting: false });
});

describe('colour theme', () => {
  it('prefers the saved choice, then the system preference', () => {
    const store = memoryStorage();
    expect(initialColorTheme(store, false)).toBe('light');
    expect(initialColorTheme(store, true)).toBe('dark');
    stop = startColorThemeSync(document.documentElement, store);
    useColorThemeStore.getState().chooseColorTheme('projector');
    expect(document.documentElement.dataset.theme).toBe('projector');
    expect(initialColorTheme(store, false)).toBe('projector');
  });

  it('ignores a stored value it does not know and storage that throws', () => {
    expect(initialColorTheme({ getItem: () => 'sepia' }, false)).toBe('light');
    const throwing = {
      getItem: (): string | null => {
        throw new Error('denied');
      },
    };
    expect(initialColorTheme(throwing, true)).toBe('dark');
  });

  it('shows the projector theme while presenting, then the chosen one again, and never saves the projector for the visitor', () => {
    const store = memoryStorage();
    useColorThemeStore.getState().chooseColorTheme('dark');
    stop = startColorThemeSync(document.documentElement, store);
    expect(document.documentElement.dataset.theme).toBe('dark');
    useColorThemeStore.getState().setPresentationTheme(true);
    expect(document.documentElement.dataset.theme).toBe('projector');
    useColorThemeStore.getState().setPresentationTheme(false);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(store.getItem('sco-atlas:theme')).toBeNull();
  });
});
