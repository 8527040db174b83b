import { useEffect, useState } from 'react';
import { COLOR_THEMES, isColorTheme, readColorTheme, applyColorThemeInBrowser, type ColorTheme } from '../app/colorTheme';

const LABELS: Record<ColorTheme, string> = { light: 'Light', dark: 'Dark', projector: 'Projector (high contrast)' };

export function ThemePicker() {
  const [theme, setTheme] = useState<ColorTheme>(readColorTheme);

  useEffect(() => applyColorThemeInBrowser(theme), [theme]);

  return (
    <label className="theme-picker">
      <span>Theme</span>
      <select value={theme} onChange={(event) => isColorTheme(event.target.value) && setTheme(event.target.value)}>
        {COLOR_THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
