/**
 * The yardstick for first paint: the smallest Vite + React page (React 19 and react-dom, one
 * component, no data), built and served the same way as the app in the same bench run. Its first
 * contentful paint is what any React app on this machine pays before it can show anything, so the
 * app's map-visible time is reported as a ratio to it: a ratio holds on a busy machine, a time does not.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Bare() {
  return (
    <main>
      <h1>Bare Vite + React page</h1>
      <p>Rendered by React once its script has run.</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('bare page has no #root');
createRoot(root).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
