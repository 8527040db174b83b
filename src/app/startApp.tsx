import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startColorThemeSync } from '../state/colorTheme';
import { startUrlSync } from '../state/urlSync';
import { App } from './App';
// After the app's own stylesheets, as when main.tsx imported it: the cascade is unchanged.
import '../styles/app.css';

/** The app on `root`: the colour theme and the address kept in step with the store, then the first render. */
export function startApp(root: HTMLElement): void {
  // Before the first render; the shell's script already put the theme on the page before its first paint.
  startColorThemeSync();
  startUrlSync();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
