export const COLOR_THEMES = ['light', 'dark', 'projector'] as const;
export type ColorTheme = (typeof COLOR_THEMES)[number];

const STORAGE_KEY = 'sco-atlas:theme';

export function isColorTheme(value: unknown): value is ColorTheme {
  return typeof value === 'string' && (COLOR_THEMES as readonly string[]).includes(value);
}

/** The saved choice, else the system preference; a stored value from an older version is ignored. */
export function initialColorTheme(storage: Pick<Storage, 'getItem'> | null, prefersDark: boolean): ColorTheme {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can throw in private modes; the default is fine.
  }
  if (isColorTheme(saved)) return saved;
  return prefersDark ? 'dark' : 'light';
}

export function applyColorTheme(theme: ColorTheme, root: HTMLElement, storage: Pick<Storage, 'setItem'> | null): void {
  root.dataset.theme = theme;
  try {
    storage?.setItem(STORAGE_KEY, theme);
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

/** The theme to start with in this browser. */
export function readColorTheme(): ColorTheme {
  const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  return initialColorTheme(browserStorage(), prefersDark);
}

/** Applies and remembers the theme in this browser. */
export function applyColorThemeInBrowser(theme: ColorTheme): void {
  applyColorTheme(theme, document.documentElement, browserStorage());
}
