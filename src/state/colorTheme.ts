/**
 * The colour theme as state: the theme a visitor chose (remembered in this browser) and whether a
 * presentation is forcing the projector theme. One subscription puts the theme that applies on the
 * html element, so the theme picker and presentation mode never set `data-theme` by hand.
 */
import { create } from 'zustand';

export const COLOR_THEMES = ['light', 'dark', 'projector'] as const;
export type ColorTheme = (typeof COLOR_THEMES)[number];

export const COLOR_THEME_STORAGE_KEY = 'sco-atlas:theme';

export function isColorTheme(value: unknown): value is ColorTheme {
  return typeof value === 'string' && (COLOR_THEMES as readonly string[]).includes(value);
}

/** The saved choice, else the system preference; a stored value from an older version is ignored. */
export function initialColorTheme(storage: Pick<Storage, 'getItem'> | null, prefersDark: boolean): ColorTheme {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(COLOR_THEME_STORAGE_KEY) ?? null;
  } catch {
    // Storage can throw in private modes; the default is fine.
  }
  if (isColorTheme(saved)) return saved;
  return prefersDark ? 'dark' : 'light';
}

function saveColorTheme(theme: ColorTheme, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(COLOR_THEME_STORAGE_KEY, theme);
  } catch {
    // Not saved; the theme still applies for this visit.
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function prefersDarkInBrowser(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export interface ColorThemeState {
  /** The visitor's own choice. */
  chosen: ColorTheme;
  /** While presenting, the projector theme applies whatever was chosen. */
  presenting: boolean;
  chooseColorTheme: (theme: ColorTheme) => void;
  setPresentationTheme: (presenting: boolean) => void;
}

export const useColorThemeStore = create<ColorThemeState>()((set) => ({
  chosen: initialColorTheme(browserStorage(), prefersDarkInBrowser()),
  presenting: false,
  chooseColorTheme: (chosen) => set({ chosen }),
  setPresentationTheme: (presenting) => set({ presenting }),
}));

/** The theme on screen. */
export function appliedColorTheme(state: Pick<ColorThemeState, 'chosen' | 'presenting'>): ColorTheme {
  return state.presenting ? 'projector' : state.chosen;
}

/**
 * Applies the theme to `root` now and on every change, and remembers the visitor's choice (never
 * the presentation's). Started before the first paint, so a dark or projector theme never flashes
 * light. Returns a function that stops it.
 */
export function startColorThemeSync(
  root: HTMLElement = document.documentElement,
  storage: Pick<Storage, 'setItem'> | null = browserStorage(),
): () => void {
  const apply = (state: ColorThemeState, previous?: ColorThemeState) => {
    root.dataset.theme = appliedColorTheme(state);
    if (previous !== undefined && state.chosen !== previous.chosen) saveColorTheme(state.chosen, storage);
  };
  apply(useColorThemeStore.getState());
  return useColorThemeStore.subscribe(apply);
}
