// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyColorTheme, initialColorTheme } from './colorTheme';

describe('colour theme', () => {
  it('prefers the saved choice, then the system preference', () => {
    const storage = new Map<string, string>();
    const store = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    expect(initialColorTheme(store, false)).toBe('light');
    expect(initialColorTheme(store, true)).toBe('dark');
    applyColorTheme('projector', document.documentElement, store);
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
});
