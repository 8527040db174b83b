import './model/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './state/urlSync';
import { readColorTheme, applyColorThemeInBrowser } from './app/colorTheme';
import './styles/app.css';

// Before the first paint, so a dark or projector theme never flashes light.
applyColorThemeInBrowser(readColorTheme());
startUrlSync();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
