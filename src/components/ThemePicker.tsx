import { COLOR_THEMES, isColorTheme, useColorThemeStore, type ColorTheme } from '../state/colorTheme';

const LABELS: Record<ColorTheme, string> = { light: 'Light', dark: 'Dark', projector: 'Projector (high contrast)' };

export function ThemePicker() {
  const theme = useColorThemeStore((s) => s.chosen);
  const choose = useColorThemeStore((s) => s.chooseColorTheme);

  return (
    <label className="theme-picker">
      <span>Theme</span>
      <select value={theme} onChange={(event) => isColorTheme(event.target.value) && choose(event.target.value)}>
        {COLOR_THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
