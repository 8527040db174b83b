import './model/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { fetchSource } from './state/dataSource';
import { openDataset } from './state/dataset';
import { startUrlSync } from './state/urlSync';
import { startColorThemeSync } from './state/colorTheme';
import './styles/app.css';

void openDataset(fetchSource());

// Before the first paint, so a dark or projector theme never flashes light.
startColorThemeSync();
startUrlSync();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
