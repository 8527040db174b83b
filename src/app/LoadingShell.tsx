// With extensions: the build's config loader renders this file in Node and wants them.
import { LoadingState } from '../components/LoadingState.tsx';
import { AppBrand } from './AppBrand.tsx';

/**
 * What the page shows until the data and the map are in: the title and a loading line. The build
 * writes it into index.html (scripts/build/loadingShell.ts), so it paints as soon as the HTML and
 * CSS are in, before any script; App renders the same while loading, so React's first render
 * changes nothing on screen. No CSS imports here (nor in what it imports): the build renders it in Node.
 */
export function LoadingShell() {
  return (
    <div className="app">
      <header className="app-header">
        <AppBrand />
      </header>
      <main className="app-loading">
        <LoadingState label="Loading SCO Atlas data…" />
      </main>
    </div>
  );
}
